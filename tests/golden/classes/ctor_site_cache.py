# Class calls through a call site's cache: every change that must make the site miss.


class Point:
    def __init__(self, x, y=10):
        self.x = x
        self.y = y


def make(cls, *args):
    return cls(*args)


def build(n):
    out = []
    for i in range(n):
        out.append(Point(i, i + 1))
    return out


print([(p.x, p.y) for p in build(3)])


# __init__ reassigned after the site was filled.
def new_init(self, x, y=0):
    self.x = -x
    self.y = -y
    self.tag = "new"


Point.__init__ = new_init
print([(p.x, p.y, p.tag) for p in build(2)])


# __init__ reassigned on a base class.
class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    pass


def derived(n):
    return [Derived(i).v for i in range(n)]


print(derived(3))
Base.__init__ = lambda self, v: setattr(self, "v", v * 100)
print(derived(3))


# __new__ added later: the site must call it.
class Lazy:
    def __init__(self, a):
        self.a = a


def lazies():
    return [Lazy(i).a for i in range(3)]


print(lazies())


def lazy_new(cls, a):
    print("  __new__", cls.__name__, a)
    return object.__new__(cls)


Lazy.__new__ = lazy_new
print(lazies())


# __new__ returning an instance of another class: __init__ is not called.
class Other:
    pass


def odd_new(cls, a):
    return Other()


Lazy.__new__ = staticmethod(odd_new)
print(type(Lazy(1)).__name__)


# A metaclass with __call__.
class Meta(type):
    def __call__(cls, *args, **kw):
        print("  Meta.__call__", cls.__name__, args, kw)
        return super().__call__(*args, **kw)


class WithMeta(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v


for i in range(2):
    print(WithMeta(i).v)


# __init__ returning something other than None.
class BadInit:
    calls = 0

    def __init__(self, v):
        BadInit.calls += 1
        if v > 1:
            return v


for i in range(4):
    try:
        print("ok", type(BadInit(i)).__name__)
    except TypeError as e:
        print(type(e).__name__, e)


class NoneInit:
    def __init__(self):
        return None


print(type(NoneInit()).__name__)


# __slots__ classes.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


for i in range(3):
    s = Slotted(i, i * i)
    print(s.a, s.b, hasattr(s, "__dict__"))


# Subclasses of built-in types.
class MyList(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


class MyInt(int):
    pass


class MyDict(dict):
    pass


for i in range(2):
    ml = MyList(range(i + 2), "t")
    print(ml, ml.tag, MyInt(i + 5) + 1, MyDict(a=i))


# Keyword arguments, and positional-only / keyword-only parameters.
class Kw:
    def __init__(self, a, /, b, *, c=3, **rest):
        self.parts = (a, b, c, sorted(rest.items()))


for i in range(2):
    print(Kw(i, b=2).parts, Kw(i, 5, c=6, d=7).parts)


# Wrong argument counts and keywords, with CPython's messages.
class Two:
    def __init__(self, a, b):
        self.a = a


def bad_calls():
    for args, kw in [((1,), {}), ((1, 2, 3), {}), ((), {"a": 1, "b": 2, "c": 3}), ((1,), {"a": 2})]:
        try:
            Two(*args, **kw)
        except TypeError as e:
            print(type(e).__name__, e)
    for _ in range(2):
        try:
            Two(1)
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            Two(1, 2, 3)
        except TypeError as e:
            print(type(e).__name__, e)


bad_calls()


class NoInit:
    pass


for i in range(2):
    try:
        NoInit(i)
    except TypeError as e:
        print(type(e).__name__, e)


# An exception inside __init__ propagates; the instance is released.
class Fails:
    def __init__(self, v):
        if v:
            raise ValueError(f"bad {v}")
        self.v = v


for i in range(3):
    try:
        print(Fails(i).v)
    except ValueError as e:
        print(type(e).__name__, e)


# Abstract methods added later: instantiation must fail.
import abc


class Shape(abc.ABC):
    def __init__(self, n):
        self.n = n


def shapes():
    try:
        return Shape(1).n
    except TypeError as e:
        return f"{type(e).__name__}: {e}"


print(shapes())
Shape.__abstractmethods__ = frozenset({"area"})
print(shapes())
Shape.__abstractmethods__ = frozenset()
print(shapes())


# The same site calling different classes and non-classes.
class A:
    def __init__(self, v):
        self.v = ("A", v)


class B:
    def __init__(self, v):
        self.v = ("B", v)


for c in [A, B, A, A, B]:
    print(c(1).v)
for c in [A, len, B, str, A]:
    r = c("xy")
    print(r.v if isinstance(r, (A, B)) else r)

# Reassigning __init__ inside __init__ itself.
class SelfChange:
    def __init__(self):
        self.n = 1
        SelfChange.__init__ = lambda self: setattr(self, "n", 2)


print([SelfChange().n for _ in range(3)])

# A class whose __init__ is not a Python function.
class BuiltinInit:
    __init__ = object.__init__


print(type(BuiltinInit()).__name__)
try:
    BuiltinInit(1)
except TypeError as e:
    print(type(e).__name__, e)
