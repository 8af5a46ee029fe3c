# Decorators with and without arguments, stacking order, functools.wraps, class decorators.
import functools

order = []


def trace(label):
    def deco(fn):
        order.append(f"apply {label} to {fn.__name__}")

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            order.append(f"enter {label}")
            result = fn(*args, **kwargs)
            order.append(f"leave {label}")
            return result
        return wrapper
    order.append(f"made {label}")
    return deco


@trace("outer")
@trace("middle")
@trace("inner")
def work(x):
    order.append(f"work({x})")
    return x * 2


print(order)
order.clear()
print(work(21), order)
print(work.__name__, work.__wrapped__.__name__, work.__wrapped__.__wrapped__.__wrapped__(1))


def optional_args(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: optional_args(f, prefix=prefix)

    @functools.wraps(fn)
    def wrapper(*a):
        return prefix + str(fn(*a))
    return wrapper


@optional_args
def plain(x):
    return x


@optional_args(prefix="#")
def custom(x):
    return x


print(plain(1), custom(2), plain.__name__, custom.__name__)


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


@CountCalls
def hello(name):
    """Say hello."""
    return f"hello {name}"


print(hello("a"), hello("b"), hello.calls, hello.__name__, hello.__doc__, type(hello).__name__)


def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {vars(self)}>"
    return cls


def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco


found = []


@register(found)
@add_repr
class Point:
    def __init__(self, x):
        self.x = x


print(Point(3), found)


def replace_with_value(fn):
    return 42


@replace_with_value
def gone():
    pass


print(gone)
try:
    @5
    def bad():
        pass
except TypeError as e:
    print(type(e).__name__, e)

decorators = [trace("from-list")]


@decorators[0]
def via_subscript():
    return "ok"


order.clear()
print(via_subscript(), order)


@(lambda f: lambda *a: ("lambda-decorated", f(*a)))
def lam_decorated(v):
    return v


print(lam_decorated(7))


class Methods:
    @staticmethod
    @trace("static-inner")
    def s(x):
        return x

    @trace("on-method")
    def m(self):
        return "m"


order.clear()
print(Methods.s(1), Methods().m(), order)
