# contextlib.asynccontextmanager: entering, leaving, exceptions thrown in with athrow, the
# "didn't yield" / "didn't stop" errors, driven by asyncio and by hand with send().
import asyncio
from contextlib import asynccontextmanager

log = []


@asynccontextmanager
async def resource(name, fail_setup=False):
    """Open a fake resource."""
    log.append(f"open {name}")
    if fail_setup:
        raise ConnectionError(f"cannot open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} swallowed KeyError {e}")
    finally:
        log.append(f"close {name}")


async def normal():
    async with resource("a") as a, resource("b") as b:
        log.append(f"body {a}{b}")
    return "normal done"


async def suppressed():
    async with resource("s"):
        raise KeyError("k")
    return "after suppressed"


async def propagated():
    try:
        async with resource("p"):
            raise ValueError("boom")
    except ValueError as e:
        return f"propagated {type(e).__name__}: {e}"


async def setup_fails():
    try:
        async with resource("x", fail_setup=True):
            log.append("not reached")
    except ConnectionError as e:
        return f"setup: {e}"


for coro in (normal, suppressed, propagated, setup_fails):
    log.clear()
    print(asyncio.run(coro()))
    print(" ", log)

print(resource.__name__, "|", resource.__doc__)
cm = resource("doc")
print(type(cm).__name__, "|", cm.__doc__)


@asynccontextmanager
async def never_yields():
    if False:
        yield


@asynccontextmanager
async def yields_twice():
    yield 1
    log.append("second part")
    yield 2


@asynccontextmanager
async def yields_after_throw():
    try:
        yield
    except ZeroDivisionError:
        log.append("caught, yielding again")
        yield


@asynccontextmanager
async def reraises():
    try:
        yield
    except LookupError:
        log.append("re-raising")
        raise


@asynccontextmanager
async def transforms():
    try:
        yield
    except OSError as e:
        raise RuntimeError("wrapped") from e


@asynccontextmanager
async def plain():
    yield "plain"


async def errors():
    out = []
    try:
        async with never_yields():
            pass
    except RuntimeError as e:
        out.append(f"{type(e).__name__}: {e}")
    try:
        async with yields_twice() as v:
            out.append(f"body {v}")
    except RuntimeError as e:
        out.append(f"{type(e).__name__}: {e}")
    try:
        async with yields_after_throw():
            1 / 0
    except RuntimeError as e:
        out.append(f"{type(e).__name__}: {e} / context {type(e.__context__).__name__}")
    try:
        async with reraises():
            [][1]
    except IndexError as e:
        out.append(f"same exception back: {e}")
    try:
        async with transforms():
            raise FileNotFoundError("f.txt")
    except RuntimeError as e:
        out.append(f"{e} from {type(e.__cause__).__name__}")
    # A StopAsyncIteration raised in the body is not taken for the generator finishing.
    try:
        async with plain():
            raise StopAsyncIteration("body")
    except StopAsyncIteration as e:
        out.append(f"StopAsyncIteration kept: {e}")
    try:
        async with plain():
            raise StopIteration("body")
    except StopIteration as e:
        out.append(f"StopIteration kept: {e}")
    # One-shot: entering the same object again.
    cm = plain()
    async with cm as v:
        out.append(v)
    try:
        async with cm:
            pass
    except AttributeError as e:
        out.append(f"AttributeError: {e}")
    return out


log.clear()
for line in asyncio.run(errors()):
    print(line)
print(log)


# Driven by hand: nothing awaits a future, so send(None) runs it to the end.
async def by_hand():
    async with plain() as p:
        return p + " by hand"


c = by_hand()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)


# __aexit__ called directly with an exception class but no instance.
async def direct():
    cm = resource("direct")
    await cm.__aenter__()
    r = await cm.__aexit__(KeyError, None, None)
    return r


log.clear()
print("direct __aexit__ ->", asyncio.run(direct()), log)


# Driven by hand through real suspensions: a custom awaitable yields to the driver, which
# sees each suspension of __aenter__, the body and __aexit__ (athrow included).
class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


@asynccontextmanager
async def ticking():
    v = await Tick("enter")
    try:
        yield v
    except ArithmeticError as e:
        w = await Tick("handling " + type(e).__name__)
        print("  handled with", w)
    finally:
        await Tick("cleanup")


async def driven(fail):
    async with ticking() as v:
        print("  body got", v)
        await Tick("body")
        if fail:
            1 / 0
    return "driven done"


for fail in (False, True):
    co = driven(fail)
    sent = None
    try:
        while True:
            label = co.send(sent)
            print("suspended at", label)
            sent = label.upper()
    except StopIteration as stop:
        print(stop.value)


# An @asynccontextmanager object as a decorator: a fresh generator for each call.
@asynccontextmanager
async def span(name):
    print("  start", name)
    yield
    print("  end", name)


@span("fetch")
async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


async def fetch_all():
    return await asyncio.gather(fetch(1), fetch(2))


print(asyncio.run(fetch_all()), fetch.__name__)
