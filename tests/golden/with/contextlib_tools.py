# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack.
from contextlib import ExitStack, closing, contextmanager, nullcontext, suppress


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)

try:
    with tag("div"):
        raise ValueError("bad markup")
except ValueError as e:
    print("propagated", e)


@contextmanager
def swallowing():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallowing():
    {}["k"]
print("after swallowing")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed division")
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed", e)


class Door:
    def close(self):
        print("door closed")


with closing(Door()) as d:
    print("using", type(d).__name__)

with nullcontext(42) as n:
    print("nullcontext gives", n)

with ExitStack() as stack:
    names = [stack.enter_context(tag(x)) for x in ("a", "b")]
    stack.callback(print, "callback runs", "first")
    print("entered", names)


def cleanup(label):
    print("cleanup", label)


with ExitStack() as outer:
    outer.callback(cleanup, "one")
    with ExitStack() as inner:
        inner.callback(cleanup, "two")
        moved = inner.pop_all()
    print("inner exited without cleanup")
    moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(suppress(TypeError))
        stack.callback(cleanup, "before error")
        raise TypeError("swallowed by suppress")
    print("ExitStack swallowed it")
except TypeError:
    print("not reached")
