# collections.abc's asynchronous ABCs over real coroutines and async generators.
import asyncio
from collections.abc import (AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable, Coroutine,
                             Generator, Iterator)


async def coro():
    return 1


async def agen():
    yield 1
    yield 2


def gen():
    yield 0


c = coro()
ag = agen()
for obj in (c, ag, gen()):
    print(type(obj).__name__, [isinstance(obj, t) for t in
                               (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
                                Generator, Iterator)])
c.close()
print(issubclass(type(ag), AsyncGenerator), issubclass(type(c), Coroutine))


class Ticker(AsyncIterator):
    def __init__(self, n):
        self.n = n

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Echo(AsyncGenerator):
    def __init__(self):
        self.log = []

    async def asend(self, value):
        self.log.append(("send", value))
        if len(self.log) > 3:
            raise StopAsyncIteration
        return len(self.log)

    async def athrow(self, typ, val=None, tb=None):
        self.log.append(("throw", typ.__name__))
        raise typ


async def main():
    print([x async for x in Ticker(3)], Ticker(0).__aiter__().n)
    e = Echo()
    print([x async for x in e])
    await e.aclose()
    print(e.log)
    try:
        await Ticker.__anext__(Ticker(1))
    except StopAsyncIteration:
        pass
    print(isinstance(Ticker(1), AsyncIterable), isinstance(e, AsyncIterator))
    try:
        AsyncGenerator()
    except TypeError as exc:
        print(type(exc).__name__, exc)


asyncio.run(main())


class Stubborn(AsyncGenerator):
    async def asend(self, value):
        return value

    async def athrow(self, typ, val=None, tb=None):
        return "ignored"


async def stubborn():
    try:
        await Stubborn().aclose()
    except RuntimeError as exc:
        print(type(exc).__name__, exc)


asyncio.run(stubborn())
