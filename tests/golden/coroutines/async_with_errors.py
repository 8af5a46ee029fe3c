# async with on objects that do not follow the asynchronous context manager protocol.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def use(x):
    async with x as v:
        return v


class Nothing:
    pass


class OnlyEnter:
    async def __aenter__(self):
        return 1


class Sync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class EnterNotAwaitable:
    def __aenter__(self):
        return "plain"

    async def __aexit__(self, *a):
        return False


class ExitNotAwaitable:
    async def __aenter__(self):
        return "entered"

    def __aexit__(self, *a):
        return None


class EnterRaises:
    async def __aenter__(self):
        raise OSError("cannot open")

    async def __aexit__(self, *a):
        print("never called")


class ExitRaises:
    async def __aenter__(self):
        return "in"

    async def __aexit__(self, t, e, tb):
        raise RuntimeError(f"exit failed while handling {t}")


for obj in [Nothing(), OnlyEnter(), Sync(), EnterNotAwaitable(), ExitNotAwaitable(), EnterRaises(), ExitRaises(), 7]:
    try:
        print("result", run(use(obj)))
    except Exception as e:
        print(type(obj).__name__, "->", type(e).__name__ + ":", e)


async def exit_raises_during_error():
    async with ExitRaises():
        raise ValueError("body")


try:
    run(exit_raises_during_error())
except RuntimeError as e:
    print("replaced:", e, "| context:", repr(e.__context__))
