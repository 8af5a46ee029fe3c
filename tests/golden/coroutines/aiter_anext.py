# The builtins aiter() and anext(), with and without a default.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    yield "a"
    yield "b"


class Manual:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


async def main():
    it = aiter(agen())
    print(await anext(it))
    print(await anext(it, "default"))
    print(await anext(it, "default"))
    print(await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    m = aiter(Manual())
    print(await anext(m), await anext(m), await anext(m, "end"))
    aw = anext(aiter(agen()), "x")
    print(type(aw).__name__)
    print(await aw)
    return "ok"


print(run(main()))


class NotAsync:
    pass


class BadAiter:
    def __aiter__(self):
        return 1


for obj in [NotAsync(), [], BadAiter()]:
    try:
        aiter(obj)
    except TypeError as e:
        print("aiter TypeError:", e)
for obj in [NotAsync(), iter([])]:
    try:
        anext(obj)
    except TypeError as e:
        print("anext TypeError:", e)
try:
    aiter()
except TypeError as e:
    print("TypeError:", e)
