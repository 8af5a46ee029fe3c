# ExitStack: callback order, push of exit functions and managers, pop_all, close, suppression
# by a callback, and the exception chains when several callbacks raise.
from contextlib import ExitStack, contextmanager, suppress


def chain(e):
    parts = []
    seen = 0
    while e is not None and seen < 10:
        parts.append(f"{type(e).__name__}({e})")
        e = e.__context__
        seen += 1
    return " <- ".join(parts)


class Named:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None, "tb" if tb is not None else "no tb")
        return self.swallow


# Order: last registered runs first, whatever kind it is.
with ExitStack() as stack:
    print(stack.enter_context(Named("first")))
    stack.callback(print, "callback", 2, sep="-")
    r = stack.push(Named("pushed"))
    print("push returns the manager:", type(r).__name__, r.name)

    def exit_func(typ, exc, tb):
        print("exit function", typ)

    print("push returns the function:", stack.push(exit_func) is exit_func)
    cb = stack.callback(lambda: print("lambda callback"))
    print("callback returns its function:", callable(cb), cb.__name__)
print("---")

# A callback that swallows: the exception stops there, later (outer) ones see no exception.
with ExitStack() as stack:
    stack.enter_context(Named("outer"))
    stack.push(Named("swallower", swallow=True))
    stack.enter_context(Named("inner"))
    raise ValueError("in body")
print("continued after swallowed exception")
print("---")


# Several callbacks raising: each new exception gets the previous one as its context.
def raiser(exc):
    def f(*args):
        raise exc

    return f


try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("outermost")))
        stack.push(raiser(IndexError("middle")))
        stack.callback(print, "plain callback sees nothing")
        stack.push(raiser(AttributeError("innermost")))
        raise ZeroDivisionError("body")
except KeyError as e:
    print("caught", chain(e))
print("---")

# A callback raising, then a later one swallowing: the swallow wins.
with ExitStack() as stack:
    stack.push(Named("final swallow", swallow=True))
    stack.push(raiser(TypeError("from callback")))
print("swallowed the callback's error")
print("---")

# A raising callback with no exception in the body.
try:
    with ExitStack() as stack:
        stack.callback(print, "runs after the error")
        stack.push(raiser(OSError("cleanup failed")))
except OSError as e:
    print("caught", chain(e), "| suppress_context", e.__suppress_context__)
print("---")


# Exceptions already chained keep their chain; the stack links at the end of it.
def chained(*args):
    try:
        raise LookupError("inner cause")
    except LookupError:
        raise RuntimeError("outer")


try:
    with ExitStack() as stack:
        stack.push(chained)
        raise NameError("body error")
except RuntimeError as e:
    print("caught", chain(e))
print("---")

# The exception being handled around the with statement is not pulled into the chain.
try:
    raise SystemError("handled outside")
except SystemError:
    try:
        with ExitStack() as stack:
            stack.push(raiser(ValueError("second")))
            stack.push(raiser(KeyError("first")))
    except ValueError as e:
        print("caught", chain(e))
print("---")

# pop_all moves the callbacks; close runs them.
with ExitStack() as stack:
    stack.callback(print, "moved callback")
    stack.enter_context(Named("moved manager"))
    later = stack.pop_all()
    print("left the original stack empty")
print("after with")
later.close()
later.close()
print("closing twice runs nothing the second time")
print(type(later).__name__)


# A subclass: pop_all makes the same type.
class MyStack(ExitStack):
    pass


s = MyStack()
print(type(s.pop_all()).__name__)

# enter_context errors.
with ExitStack() as stack:
    for bad in (42, "text", Named):
        try:
            stack.enter_context(bad)
        except TypeError as e:
            print(type(e).__name__, e)


class OnlyEnter:
    def __enter__(self):
        print("never called")


try:
    ExitStack().enter_context(OnlyEnter())
except TypeError as e:
    print(type(e).__name__, e)

# __enter__ failing: nothing is pushed.
@contextmanager
def broken():
    raise PermissionError("denied")
    yield


with ExitStack() as stack:
    with suppress(PermissionError):
        stack.enter_context(broken())
    print("callbacks after failed enter:", len(stack._exit_callbacks))

try:
    ExitStack().callback()
except TypeError as e:
    print(type(e).__name__, e)

try:
    ExitStack().push()
except TypeError as e:
    print(type(e).__name__, e)

# callback keyword arguments named like the parameters.
with ExitStack() as stack:
    stack.callback(lambda **kw: print(sorted(kw.items())), callback=1, self=2)

# The with statement's return value: __exit__ reports True only when it swallowed.
st = ExitStack()
print(st.__enter__() is st, st.__exit__(None, None, None))
st.push(lambda *a: True)
print(st.__exit__(ValueError, ValueError("x"), None))
st.push(lambda *a: True)
print(st.__exit__(None, None, None))
