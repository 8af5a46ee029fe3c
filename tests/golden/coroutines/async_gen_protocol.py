# Driving an async generator by hand: __anext__/asend/athrow/aclose return awaitables whose
# completion (StopIteration) carries the yielded value.


def complete(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            print("  passes up", it.send(None))
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def talker():
    print("started")
    try:
        got = yield "first"
        print("received", got)
        await Tick()
        got = yield "second"
        print("received", got)
        while True:
            try:
                yield "loop"
            except ValueError as e:
                print("handled", e)
                got = yield "after-error"
    finally:
        print("talker cleanup")
        await Tick()
        print("cleanup awaited")


g = talker()
a = g.__anext__()
print(type(a).__name__, a.__await__() is a)
print(complete(a))
print(complete(g.asend("hello")))
print(complete(g.asend("again")))
print(complete(g.athrow(ValueError("boom"))))
print(complete(g.asend(None)))
print("aclose ->", complete(g.aclose()))
try:
    complete(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration after close")
print("second aclose ->", complete(g.aclose()))

h = talker()
print(complete(h.__anext__()))
try:
    complete(h.athrow(KeyError("unhandled")))
except KeyError as e:
    print("athrow propagated", repr(e))
try:
    complete(h.asend(1))
except StopAsyncIteration:
    print("finished generator: StopAsyncIteration")

fresh = talker()
print("aclose unstarted ->", complete(fresh.aclose()))
try:
    complete(fresh.__anext__())
except StopAsyncIteration:
    print("never started, now closed")

k = talker()
try:
    complete(k.athrow(IndexError("before start")))
except IndexError as e:
    print("athrow before start:", e)
