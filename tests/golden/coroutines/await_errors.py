# What can be awaited, and CPython's TypeErrors for what cannot.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def await_it(x):
    return await x


async def coro_fn():
    return "ok"


class NoAwait:
    pass


class AwaitReturnsInt:
    def __await__(self):
        return 42


class AwaitReturnsList:
    def __await__(self):
        return [1, 2]


class AwaitReturnsCoroutine:
    def __await__(self):
        return coro_fn()


class AwaitRaises:
    def __await__(self):
        raise ValueError("no awaiting today")


class AwaitIsAttribute:
    def __init__(self):
        self.__await__ = lambda: iter(())


cases = [
    NoAwait(),
    AwaitReturnsInt(),
    AwaitReturnsList(),
    AwaitReturnsCoroutine(),
    AwaitRaises(),
    AwaitIsAttribute(),
    None,
    3.5,
    "text",
    [1],
]
for obj in cases:
    try:
        print("result:", run(await_it(obj)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def gen():
    yield 1


try:
    run(await_it(gen()))
except TypeError as e:
    print("TypeError:", e)

print("coroutine:", run(await_it(coro_fn())))
