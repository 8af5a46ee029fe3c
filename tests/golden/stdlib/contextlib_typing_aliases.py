# typing's context-manager aliases are contextlib's abstract base classes.
import contextlib
import typing
from typing import AsyncContextManager, ContextManager, Protocol


class Sync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class Async:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return None


print(ContextManager, ContextManager[int], AsyncContextManager, AsyncContextManager[str])
print(ContextManager.__origin__ is contextlib.AbstractContextManager)
print(AsyncContextManager.__origin__ is contextlib.AbstractAsyncContextManager)
print(isinstance(Sync(), ContextManager), isinstance(1, ContextManager), isinstance(Async(), ContextManager))
print(isinstance(Async(), AsyncContextManager), isinstance(contextlib.nullcontext(), AsyncContextManager))
print(issubclass(contextlib.ExitStack, typing.ContextManager), "AsyncContextManager" in typing.__all__)


# contextlib's ABCs may be bases of a protocol.
class Closeable(contextlib.AbstractContextManager, Protocol):
    def close(self) -> None: ...


print(Closeable.__name__, [b.__name__ for b in Closeable.__bases__])


def opened(name: str) -> ContextManager[str]:
    return contextlib.nullcontext(name)


with opened("file.txt") as n:
    print("typed helper gives", n)
