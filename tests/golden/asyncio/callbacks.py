# Task.add_done_callback / remove_done_callback order, callbacks on done futures, names.
import asyncio

def report(tag):
    def cb(fut):
        state = "cancelled" if fut.cancelled() else ("error" if fut.exception() else fut.result())
        print("callback", tag, state)
    return cb

async def value(v):
    await asyncio.sleep(0)
    return v

async def main():
    t = asyncio.create_task(value(1), name="first")
    t.add_done_callback(report("a"))
    cb_b = report("b")
    t.add_done_callback(cb_b)
    t.add_done_callback(report("c"))
    print("removed", t.remove_done_callback(cb_b), t.remove_done_callback(cb_b))
    print(await t, t.get_name())
    t.add_done_callback(report("late"))
    print("after late add")
    await asyncio.sleep(0)
    t2 = asyncio.create_task(value(2))
    t2.set_name("renamed")
    t2.add_done_callback(report("t2"))
    t2.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t2.get_name(), t2.cancelled())
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(report("f"))
    f.set_exception(RuntimeError("bad"))
    await asyncio.sleep(0)
    try:
        f.set_exception(StopIteration())
    except Exception as e:
        print(type(e).__name__, e)
    g = asyncio.Future()
    try:
        g.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError", e)
    g.cancel()
    print(g.cancelled(), g.done())
    try:
        t.set_result(3)
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
