# Futures resolved by timers and other tasks; awaiting the same future from several tasks.
import asyncio

async def waiter(name, fut):
    print(name, "waiting")
    v = await fut
    print(name, "got", v)
    return v

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ws = [asyncio.create_task(waiter(f"w{i}", fut)) for i in range(3)]
    await asyncio.sleep(0)
    loop.call_later(0.01, fut.set_result, "shared")
    print(await asyncio.gather(*ws))
    print(repr(fut))
    bad = loop.create_future()
    w = asyncio.create_task(waiter("wb", bad))
    await asyncio.sleep(0)
    bad.set_exception(LookupError("nope"))
    try:
        await w
    except LookupError as e:
        print("LookupError", e)
    print(repr(bad).startswith("<Future finished exception=LookupError"))
    pend = loop.create_future()
    print(repr(pend), pend.done())
    pend.cancel(msg="bye")
    try:
        await pend
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    print(asyncio.isfuture(pend), asyncio.isfuture(42))
    t = asyncio.ensure_future(asyncio.sleep(0, "ensured"))
    print(type(t).__name__, await t, asyncio.ensure_future(t) is t)
    try:
        asyncio.ensure_future(3)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
