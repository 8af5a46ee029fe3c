# How tasks and futures schedule through the loop: a loop class overriding call_soon sees
# every task step and wakeup (with the context keyword); a closed loop refuses new
# callbacks; debug mode checks callbacks; the never-retrieved exception report.
import asyncio

Base = type(asyncio.new_event_loop())


class CountingLoop(Base):
    def __init__(self):
        super().__init__()
        self.calls = []

    def call_soon(self, callback, *args, context=None):
        self.calls.append((type(callback).__name__, len(args)))
        return super().call_soon(callback, *args, context=context)


async def child(fut):
    await asyncio.sleep(0)
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(child(fut))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    fut.set_result("ok")
    print(await t)


loop = CountingLoop()
loop.run_until_complete(main())
kinds = {}
for name, nargs in loop.calls:
    kinds[(name, nargs)] = kinds.get((name, nargs), 0) + 1
for k in sorted(kinds):
    print(k, kinds[k])
loop.close()

# A closed loop: scheduling a done callback fails.
loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.add_done_callback(lambda f: print("never"))


async def noop():
    return 1


print(loop.run_until_complete(loop.create_task(noop())))
loop.close()
try:
    fut.set_result(1)
except RuntimeError as e:
    print("set_result on closed loop:", e)
print(fut.done())

# Debug mode: call_soon checks the callback.
loop = asyncio.new_event_loop()
loop.set_debug(True)
f2 = loop.create_future()
f2.add_done_callback(noop)
try:
    f2.set_result(2)
except TypeError as e:
    print("debug:", e)
loop.set_debug(False)
f3 = loop.create_future()
f3.add_done_callback(lambda f: print("f3 done", f.result()))
f3.set_result(3)
loop.run_until_complete(asyncio.sleep(0))

# Exceptions never retrieved are reported through the loop's handler when the future dies.
def handler(lp, ctx):
    print("handler:", ctx["message"], type(ctx.get("exception")).__name__)


loop.set_exception_handler(handler)
f4 = loop.create_future()
f4.set_exception(ValueError("lost"))
del f4
f5 = loop.create_future()
f5.set_exception(ValueError("seen"))
f5.exception()
del f5


async def fails():
    raise KeyError("task lost")


t = loop.create_task(fails())
loop.run_until_complete(asyncio.sleep(0))
print(t.done())
del t
print("end")
loop.close()
