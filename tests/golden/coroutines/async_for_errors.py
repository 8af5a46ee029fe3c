# async for on objects that are not asynchronous iterables.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def loop(x):
    out = []
    async for v in x:
        out.append(v)
    return out


class NoAiter:
    pass


class AiterReturnsInt:
    def __aiter__(self):
        return 5


class AiterNoAnext:
    def __aiter__(self):
        return NoAiter()


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 3


class SyncIterable:
    def __iter__(self):
        return iter([1, 2])


for obj in [NoAiter(), AiterReturnsInt(), AiterNoAnext(), AnextNotAwaitable(), SyncIterable(), [1, 2], None]:
    try:
        print(run(loop(obj)))
    except TypeError as e:
        print(type(obj).__name__, "-> TypeError:", e)
