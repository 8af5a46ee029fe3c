# AsyncExitStack: async and sync managers and callbacks mixed, their order, suppression,
# exception chaining, pop_all/aclose, and its error messages.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager

events = []


@asynccontextmanager
async def conn(name, swallow=False):
    events.append(f"+{name}")
    try:
        yield f"conn-{name}"
    except Exception as e:
        events.append(f"{name} saw {type(e).__name__}")
        if not swallow:
            raise
    finally:
        await asyncio.sleep(0)
        events.append(f"-{name}")


@contextmanager
def sync_cm(name):
    events.append(f"+{name}")
    yield name
    events.append(f"-{name}")


class AsyncCM:
    async def __aenter__(self):
        events.append("+AsyncCM")
        return self

    async def __aexit__(self, typ, exc, tb):
        events.append(f"-AsyncCM {typ.__name__ if typ else None}")


async def note(msg, *, tag="cb"):
    await asyncio.sleep(0)
    events.append(f"{tag}: {msg}")


async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(conn("a"))
        b = stack.enter_context(sync_cm("b"))
        r = stack.push_async_callback(note, "async callback", tag="cb1")
        print("push_async_callback returns its function:", r is note)
        stack.callback(events.append, "sync callback")
        c = await stack.enter_async_context(AsyncCM())
        events.append(f"body {a} {b} {type(c).__name__}")
    print(events)

    events.clear()
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(conn("outer"))
        await stack.enter_async_context(conn("swallows", swallow=True))
        await stack.enter_async_context(conn("inner"))
        raise KeyError("body")
    print("swallowed:", events)

    # An __aexit__-like coroutine function pushed directly, and a manager pushed.
    events.clear()

    async def aexit_func(typ, exc, tb):
        events.append(f"aexit_func got {typ.__name__ if typ else None}")
        return isinstance(exc, ValueError)

    async with AsyncExitStack() as stack:
        print(stack.push_async_exit(aexit_func) is aexit_func)
        m = AsyncCM()
        print(stack.push_async_exit(m) is m)
        raise ValueError("handled by aexit_func")
    print(events)

    # Several exit callbacks raising, chained as nested async with statements would be.
    events.clear()

    async def fail(msg):
        raise OSError(msg)

    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(fail, "outer cleanup")
            stack.push_async_callback(fail, "inner cleanup")
            raise LookupError("body")
    except OSError as e:
        chain = []
        while e is not None:
            chain.append(f"{type(e).__name__}({e})")
            e = e.__context__
        print(" <- ".join(chain))

    # pop_all and aclose.
    events.clear()
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(conn("kept"))
        moved = stack.pop_all()
    events.append("left the with")
    await moved.aclose()
    await moved.aclose()
    print(events, type(moved).__name__)

    # Errors.
    stack = AsyncExitStack()
    for bad in (1, sync_cm("x")):
        try:
            await stack.enter_async_context(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        stack.enter_context(AsyncCM())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        stack.push_async_callback()
    except TypeError as e:
        print(type(e).__name__, e)
    # The sync protocol is not there.
    try:
        with AsyncExitStack():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    print(await stack.__aenter__() is stack, await stack.__aexit__(None, None, None))


asyncio.run(main())


# Driven by hand: no suspension needs a loop.
async def by_hand():
    async with AsyncExitStack() as stack:
        stack.callback(print, "hand-driven callback")
        return await stack.enter_async_context(AsyncCM())


co = by_hand()
try:
    co.send(None)
except StopIteration as stop:
    print("result", type(stop.value).__name__)
