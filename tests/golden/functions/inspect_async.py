# inspect over coroutines and async generators: predicates, code flags and states.
import asyncio
import inspect


async def coro(x):
    await asyncio.sleep(0)
    return x


async def agen(n):
    for i in range(n):
        yield i


def gen():
    yield 1


class Waiter:
    def __await__(self):
        yield


for f in (coro, agen, gen, lambda: 0):
    print(inspect.iscoroutinefunction(f), inspect.isasyncgenfunction(f), inspect.isgeneratorfunction(f),
          hex(f.__code__.co_flags & 0x2a0))

c = coro(1)
ag = agen(2)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isasyncgen(ag), inspect.isawaitable(ag),
      inspect.isawaitable(Waiter()), inspect.iscoroutine(gen()))
print(inspect.getcoroutinestate(c), inspect.getasyncgenstate(ag))
print(c.cr_code is coro.__code__, ag.ag_code.co_name, gen().gi_code.co_qualname)


async def watch():
    async def inner():
        print("inside", inspect.getcoroutinestate(me))
        await asyncio.sleep(0)
        return "done"

    me = inner()
    task = asyncio.ensure_future(me)
    await asyncio.sleep(0)
    print("suspended", inspect.getcoroutinestate(me))
    print(await task, inspect.getcoroutinestate(me))
    print(await ag.__anext__(), inspect.getasyncgenstate(ag))
    await ag.aclose()
    print(inspect.getasyncgenstate(ag))


asyncio.run(watch())
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
print(inspect.CORO_CLOSED, inspect.AGEN_CREATED, inspect.markcoroutinefunction(lambda: 1)() == 1)
