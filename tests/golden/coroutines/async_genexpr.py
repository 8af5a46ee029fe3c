# Asynchronous generator expressions are async generators: created anywhere, consumed
# with async for or by hand.


async def agen(n):
    for i in range(n):
        yield i


class Later:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield "later"
        return self.v


async def twice(x):
    return await Later(2 * x)


def make():
    # A plain function may create an async generator expression.
    return (x + 1 async for x in agen(3))


def make_awaiting():
    return (await twice(x) for x in range(3))


async def main():
    g = make()
    print(type(g).__name__, g.__name__)
    print([v async for v in g])
    print([v async for v in make_awaiting()])
    h = (a * b async for a in agen(3) async for b in agen(a))
    out = []
    async for v in h:
        out.append(v)
    print(out)
    filtered = (x async for x in agen(10) if x % 3 == 0)
    return [x async for x in filtered]


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))
