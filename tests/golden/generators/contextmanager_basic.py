# contextlib.contextmanager: setup, the yielded value, teardown, exceptions thrown in.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


with tag("p") as t:
    print("  body with", t)

with tag("div"), tag("span") as inner:
    print("  nested", inner)


# Without try/finally, an exception skips the teardown.
try:
    with tag("broken"):
        raise ValueError("inside")
except ValueError as e:
    print("escaped:", e)


@contextmanager
def managed(name, log):
    log.append(f"acquire {name}")
    try:
        yield log
    except KeyError as e:
        log.append(f"handled KeyError {e}")
    finally:
        log.append(f"release {name}")


log = []
with managed("a", log):
    log.append("working")
print(log)

log = []
with managed("b", log):
    raise KeyError("suppressed")
print("after suppressed:", log)

log = []
try:
    with managed("c", log):
        raise IndexError("not handled")
except IndexError as e:
    print("propagated:", type(e).__name__, e)
print(log)


# Suppressing by catching and not re-raising; the exception object is the one raised.
@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print("ignored", type(e).__name__, e)


with ignoring(ZeroDivisionError, ValueError):
    1 / 0
with ignoring(ZeroDivisionError, ValueError):
    int("x")
print("continued")


# Transforming an exception.
class AppError(Exception):
    pass


@contextmanager
def translate():
    try:
        yield
    except OSError as e:
        raise AppError(f"io failed: {e}") from e


try:
    with translate():
        raise FileNotFoundError("missing.txt")
except AppError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)


# The context manager object: reuse is not allowed, but the function can be called again.
cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)


# Returning from inside the with block still runs the teardown.
def early():
    with tag("early"):
        return "returned"


print(early())

# break and continue inside the with body.
for i in range(3):
    with tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("  body", i)
