# Async generators: `async def` with `yield`, consumed by async for; awaits inside them pass
# through to the driver, yields become the loop's items.


class Step:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


async def numbers(n):
    for i in range(n):
        await Step(f"before {i}")
        yield i
    print("numbers exhausted")


async def squares(source):
    async for x in source:
        yield x * x


async def main():
    seen = []
    async for sq in squares(numbers(4)):
        seen.append(sq)
    print("squares", seen)
    g = numbers(2)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(g.__aiter__() is g)
    async for v in g:
        print("value", v)
    async for v in g:
        print("exhausted generator yields nothing", v)
    return len(seen)


def run(coro):
    passed = []
    try:
        while True:
            passed.append(coro.send(None))
    except StopIteration as e:
        print("passed through:", passed)
        return e.value


print(run(main()))


async def empty():
    return
    yield


async def only_return():
    if False:
        yield 1
    return


async def consume(g):
    return [x async for x in g]


print(run(consume(empty())), run(consume(only_return())))
