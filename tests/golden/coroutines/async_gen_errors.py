# Async generator error paths: ignoring GeneratorExit, StopAsyncIteration and StopIteration
# leaking from the body, awaitables reused, a running generator re-entered.


def complete(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            it.send(None)
    except StopIteration as e:
        return e.value


async def stubborn():
    try:
        yield 1
    finally:
        yield "won't stop"


s = stubborn()
complete(s.__anext__())
try:
    complete(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)


async def leaks_stop_async():
    yield 1
    raise StopAsyncIteration("inner")


g = leaks_stop_async()
complete(g.__anext__())
try:
    complete(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


async def leaks_stop():
    yield 1
    raise StopIteration("inner")


g = leaks_stop()
complete(g.__anext__())
try:
    complete(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


async def two():
    yield 1
    yield 2


g = two()
a = g.__anext__()
print(complete(a))
try:
    complete(a)
except RuntimeError as e:
    print("RuntimeError:", e)
t = g.aclose()
complete(t)
try:
    complete(t)
except RuntimeError as e:
    print("RuntimeError:", e)


class Hold:
    def __await__(self):
        yield "held"


async def slow():
    await Hold()
    yield "slow value"


g = slow()
first = g.__anext__()
print(first.send(None))
second = g.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    g.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    first.send(None)
except StopIteration as e:
    print("first completes with", e.value)

try:
    g.asend()
except TypeError as e:
    print("TypeError:", e)
