# async for over class-based asynchronous iterators: __aiter__/__anext__, the
# StopAsyncIteration that ends the loop, else, break and continue.


class Tick:
    def __await__(self):
        yield "tick"


class Range:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Pairs:
    """__aiter__ returns a separate iterator object."""

    def __init__(self, items):
        self.items = items

    def __aiter__(self):
        return PairIter(self.items)


class PairIter:
    def __init__(self, items):
        self.it = iter(items)

    async def __anext__(self):
        try:
            k = next(self.it)
        except StopIteration:
            raise StopAsyncIteration from None
        return k, len(k)


async def main():
    total = 0
    async for i in Range(4):
        total += i
    else:
        print("else ran, total", total)
    async for i in Range(10):
        if i % 2:
            continue
        if i > 6:
            break
        print("even", i)
    else:
        print("not reached")
    async for k, n in Pairs(["ab", "cde", ""]):
        print(k, n)
    async for outer in Range(2):
        async for inner in Range(2):
            print("nested", outer, inner)
    return "done"


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


print(run(main()))


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("iterator broke")


async def fails():
    try:
        async for x in Failing():
            print("never", x)
    except ValueError as e:
        print("caught", e)
    return "survived"


print(run(fails()))
