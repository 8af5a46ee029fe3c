# contextlib.contextmanager misuse: generator didn't yield / didn't stop, and friends.
from contextlib import contextmanager


@contextmanager
def never_yields():
    print("setting up, but no yield")
    if False:
        yield


try:
    with never_yields():
        print("not reached")
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def yields_twice():
    yield 1
    print("second yield reached")
    yield 2


try:
    with yields_twice() as v:
        print("body", v)
except RuntimeError as e:
    print(type(e).__name__, e)


# Yielding again after an exception was thrown in.
@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        print("caught, yielding again")
        yield


try:
    with yields_after_throw():
        raise ValueError("first")
except RuntimeError as e:
    print(type(e).__name__, e)


# A setup error propagates from __enter__ unchanged.
@contextmanager
def setup_fails():
    raise ConnectionError("cannot connect")
    yield


try:
    with setup_fails():
        pass
except ConnectionError as e:
    print(type(e).__name__, e)


# A teardown error replaces a clean exit.
@contextmanager
def teardown_fails():
    yield
    raise OSError("flush failed")


try:
    with teardown_fails():
        print("body ok")
except OSError as e:
    print(type(e).__name__, e)


# A StopIteration raised in the body is not mistaken for the generator finishing.
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("from body")
except StopIteration as e:
    print("StopIteration propagated:", e)


# A generator that lets StopIteration from the body escape.
@contextmanager
def passthrough():
    try:
        yield
    finally:
        print("passthrough finally")


try:
    with passthrough():
        next(iter([]))
except StopIteration as e:
    print("still StopIteration:", type(e).__name__)


# The generator re-raising the same exception does not suppress it.
@contextmanager
def reraise():
    try:
        yield
    except LookupError:
        print("logging then re-raising")
        raise


try:
    with reraise():
        {}["missing"]
except KeyError as e:
    print("KeyError", e)


# Raising inside the generator after a throw produces a chained exception.
@contextmanager
def wrap_error():
    try:
        yield
    except ArithmeticError as e:
        raise ValueError("wrapped") from None


try:
    with wrap_error():
        1 % 0
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)


# Calling the decorated function with wrong arguments fails at the call.
try:
    plain(1)
except TypeError as e:
    print(type(e).__name__, e)
