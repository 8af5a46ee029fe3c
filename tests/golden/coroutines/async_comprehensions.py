# Asynchronous comprehensions: `async for` clauses and `await` in any part, nested clauses,
# list/set/dict forms, and comprehensions nested in them.


class Later:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield "later"
        return self.v


async def agen(n):
    for i in range(n):
        yield i


async def value(x):
    return await Later(x)


async def main():
    print([x async for x in agen(5)])
    print([x * 10 async for x in agen(6) if x % 2])
    print({x % 3 async for x in agen(7)})
    print({x: await value(x * x) async for x in agen(4)})
    print([await value(c) for c in "abc"])
    print([x for x in range(6) if await value(x % 2)])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in agen(x)])
    print([[y async for y in agen(x)] for x in range(4)])
    print([[await value(y) for y in range(x)] async for x in agen(3)])
    n = 3
    print([x + n async for x in agen(n)])
    total = sum([x async for x in agen(101)])
    return total


def run(coro):
    suspensions = 0
    try:
        while True:
            coro.send(None)
            suspensions += 1
    except StopIteration as e:
        return e.value, suspensions


print(run(main()))


async def failing():
    return [1 / x async for x in agen(3)]


try:
    run(failing())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
