# Async generators and async iterators driven by the event loop; async comprehensions;
# async context managers around awaits.
import asyncio

async def ticks(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self
    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError

async def main():
    async for i in ticks(3, 0.001):
        print("tick", i)
    print([x async for x in Countdown(4)])
    print({x: x * x async for x in ticks(3, 0)})
    print([x for x in [await asyncio.sleep(0, 5)]])
    async with Resource("r1") as r:
        print("using", r.name)
    async with Resource("r2"):
        raise KeyError("suppressed")
    try:
        async with Resource("r3"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    async def merge():
        out = []
        async def drain(name, gen):
            async for v in gen:
                out.append((name, v))
        await asyncio.gather(drain("a", ticks(2, 0.01)), drain("b", ticks(2, 0.015)))
        return out
    print(await merge())

asyncio.run(main())
