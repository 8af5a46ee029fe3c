# nullcontext (sync and async), closing, aclosing, suppress (with exception groups),
# redirect_stdout/redirect_stderr, chdir, and the abstract base classes.
import asyncio
import os
import sys
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    ExitStack,
    aclosing,
    chdir,
    closing,
    nullcontext,
    redirect_stderr,
    redirect_stdout,
    suppress,
)

# nullcontext
with nullcontext() as x:
    print("default", x)
value = [1, 2]
with nullcontext(value) as v:
    print("same object", v is value)
nc = nullcontext("reusable")
with nc as a, nc as b:
    print(a, b)
try:
    with nullcontext():
        raise ValueError("not swallowed")
except ValueError as e:
    print("propagated", e)
print(nullcontext(enter_result=5).enter_result)
try:
    nullcontext(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


async def use_null():
    async with nullcontext(7) as n:
        return n


print("async nullcontext", asyncio.run(use_null()))


# closing
class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with closing(Resource("r2")):
        raise KeyError("in block")
except KeyError as e:
    print("closed and propagated", e)
try:
    with closing(42):
        print("body runs")
except AttributeError as e:
    print(type(e).__name__, e)


# aclosing
async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticker finalised")


async def use_aclosing():
    got = []
    async with aclosing(ticker(10)) as t:
        async for i in t:
            got.append(i)
            if i == 2:
                break
        print("still open inside the block")
    return got


print(asyncio.run(use_aclosing()))


class AsyncThing:
    async def aclose(self):
        print("AsyncThing.aclose")


async def aclosing_thing():
    async with aclosing(AsyncThing()) as t:
        print("got", type(t).__name__)


asyncio.run(aclosing_thing())

# suppress
with suppress():
    print("suppress() with nothing")
for exc in (KeyError("k"), IndexError("i"), LookupError("l")):
    with suppress(LookupError):
        raise exc
print("LookupError and subclasses suppressed")
try:
    with suppress(KeyError):
        raise LookupError("base class not suppressed")
except LookupError as e:
    print("escaped", e)
with suppress(ZeroDivisionError, TypeError):
    "a" + 1
with suppress(BaseException):
    raise SystemExit(3)
print("even SystemExit")
s = suppress(ValueError)
with s:
    int("x")
with s:
    int("y")
print("a suppress object is reusable")

# suppress and exception groups (3.12): matching leaves go, the rest is re-raised.
with suppress(ValueError):
    raise ExceptionGroup("all match", [ValueError(1), ValueError(2)])
print("whole group suppressed")
try:
    with suppress(ValueError, KeyError):
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), ExceptionGroup("sub", [KeyError(3), OSError(4)])])
except ExceptionGroup as eg:
    print("rest:", repr(eg))
    print("context is the original:", eg.__context__.message if eg.__context__ else None)
try:
    with suppress(ExceptionGroup):
        raise ExceptionGroup("eg", [TypeError("t")])
    print("ExceptionGroup itself matched")
except Exception as e:
    print("not matched", repr(e))
try:
    with suppress(TypeError):
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), TypeError("t")])
except BaseExceptionGroup as eg:
    print("rest:", repr(eg))
try:
    with suppress(TypeError):
        raise ExceptionGroup("none match", [ValueError("v")])
except ExceptionGroup as eg:
    print("rest:", repr(eg), eg.__context__ is not None)


# redirect_stdout / redirect_stderr to any object with write().
class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return "".join(self.parts)


cap = Capture()
with redirect_stdout(cap) as target:
    print("captured", 1, 2, sep=", ")
    print("second line", end="!")
    sys.stdout.write("[direct]")
print("target is the capture:", target is cap)
print("captured text:", repr(cap.text()))
print("pieces:", cap.parts[:4])

err = Capture()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr captured:", repr(err.text()))

# Nested, and re-entering one object.
outer, inner = Capture(), Capture()
rd = redirect_stdout(outer)
with rd:
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    with rd:
        print("o2")
    print("o3")
print(repr(outer.text()), repr(inner.text()))

# An exception inside still restores stdout.
try:
    with redirect_stdout(Capture()):
        raise RuntimeError("while redirected")
except RuntimeError as e:
    print("restored after", e)

with redirect_stdout(None):
    print("printing to None prints nothing")
print("back")

# chdir
start = os.getcwd()
with ExitStack() as stack:
    stack.callback(os.rmdir, "ctx_chdir_dir")
    os.mkdir("ctx_chdir_dir")
    with chdir("ctx_chdir_dir") as r:
        print("chdir gives", r, "| moved:", os.getcwd() == os.path.join(start, "ctx_chdir_dir"))
        with chdir(".."):
            print("nested back at start:", os.getcwd() == start)
        print("inner restored:", os.path.basename(os.getcwd()))
    print("restored:", os.getcwd() == start)
try:
    with chdir("no_such_dir_here"):
        pass
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
print("still at start:", os.getcwd() == start)


# The abstract base classes: structural checks through __subclasshook__.
class Manual:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class Blocked(Manual):
    __exit__ = None


class AsyncManual:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return None


print(issubclass(Manual, AbstractContextManager), isinstance(Manual(), AbstractContextManager))
print(issubclass(Blocked, AbstractContextManager), issubclass(int, AbstractContextManager))
print(issubclass(AsyncManual, AbstractAsyncContextManager), issubclass(Manual, AbstractAsyncContextManager))
print([issubclass(t, AbstractContextManager) for t in (ExitStack, suppress, closing, nullcontext, chdir)])
print([issubclass(t, AbstractAsyncContextManager) for t in (nullcontext, aclosing, ExitStack)])


class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("Mine.__exit__")


with Mine() as m:
    print("default __enter__ returns self:", type(m).__name__)


class Incomplete(AbstractContextManager):
    pass


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)


class Sub(Manual):
    pass


class NotCM(AbstractContextManager):
    __exit__ = lambda *a: None


print(issubclass(Sub, AbstractContextManager), issubclass(NotCM, AbstractContextManager))
print(AbstractContextManager[int], AbstractAsyncContextManager[str, int])
