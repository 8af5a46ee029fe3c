# @contextmanager edge cases: __exit__ called directly, generators that return a value,
# ignore GeneratorExit, let the thrown exception out, or are not generators at all.
from contextlib import contextmanager


@contextmanager
def handles(*types):
    try:
        yield "handled"
    except types as e:
        print("  generator handled", type(e).__name__)
        return "ignored return value"


# __exit__ directly: with an exception class only (no instance), the class is instantiated.
cm = handles(KeyError)
print(cm.__enter__())
print("exit ->", cm.__exit__(KeyError, None, None))

cm = handles(KeyError)
cm.__enter__()
try:
    cm.__exit__(ValueError, None, None)
except ValueError as e:
    print("the instance made for the class escapes:", type(e).__name__, e.args)

cm = handles(KeyError)
cm.__enter__()
exc = IndexError("passed through")
print("exit returns False for its own exception:", cm.__exit__(IndexError, exc, None))

# Attributes of the manager before and after entering.
cm = handles(OSError)
print(sorted(k for k in vars(cm) if k != "__doc__"), cm.func.__name__, cm.args, cm.kwds)
with cm:
    pass
print(sorted(k for k in vars(cm) if k != "__doc__"))
print(type(cm).__name__, type(cm).__mro__[1].__name__, callable(cm))


# A generator ignoring GeneratorExit when closed after "didn't stop" (only once, so that it
# can be finalised quietly later).
@contextmanager
def stubborn():
    ignored = False
    while True:
        try:
            yield
        except GeneratorExit:
            if ignored:
                return
            ignored = True
            print("  ignoring GeneratorExit")


try:
    with stubborn():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", e.__context__)


# StopIteration thrown in and re-raised by the generator: PEP 479 wraps it, the manager
# recognises its own exception and lets the original propagate.
@contextmanager
def passes_stop():
    try:
        yield
    except StopIteration:
        print("  saw StopIteration, re-raising")
        raise


try:
    with passes_stop():
        raise StopIteration(42)
except StopIteration as e:
    print("original StopIteration:", e.value)
except RuntimeError as e:
    print("RuntimeError", e)


# A generator raising a different StopIteration: that one is not ours.
@contextmanager
def other_stop():
    try:
        yield
    except ValueError:
        raise StopIteration("other")


try:
    with other_stop():
        raise ValueError("v")
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)


# BaseExceptions pass through too.
@contextmanager
def logged():
    try:
        yield
    finally:
        print("  logged finally")


for exc in (KeyboardInterrupt(), SystemExit(2), GeneratorExit()):
    try:
        with logged():
            raise exc
    except BaseException as e:
        print("escaped", type(e).__name__)


# Not a generator function: the error shows up on entering.
@contextmanager
def not_a_generator():
    return None


try:
    with not_a_generator():
        pass
except TypeError as e:
    print(type(e).__name__, e)


@contextmanager
def returns_list():
    return [1, 2]


try:
    with returns_list():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# contextmanager on something that is not a function: the error comes when called.
wrapped = contextmanager(len)
print(wrapped.__name__, wrapped.__wrapped__ is len)
try:
    with wrapped("abc"):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# The manager's __doc__: the function's, else the class's.
@contextmanager
def undocumented():
    yield


@contextmanager
def documented():
    "Says what it does."
    yield


print(undocumented().__doc__, "|", documented().__doc__)


# A manager used as a decorator keeps working after it was used in a with statement, and the
# decorated function may be recursive: each call has its own generator.
@contextmanager
def depth(log, label):
    log.append(f"in {label}")
    yield
    log.append(f"out {label}")


log = []
deco = depth(log, "d")


@deco
def countdown(n):
    if n:
        countdown(n - 1)


countdown(2)
print(log)
with deco:
    pass
try:
    with deco:
        pass
except AttributeError as e:
    print(type(e).__name__, e)
# ... but the decorator recreates the manager from what __enter__ deleted.
try:
    countdown(0)
except AttributeError as e:
    print(type(e).__name__, e)
