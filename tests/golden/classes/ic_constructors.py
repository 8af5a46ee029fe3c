# Calling a class: the constructor fast path must follow changes to __init__ and __new__.


class P:
    def __init__(self, v):
        self.v = v


def make(v):
    return P(v)


print(make(1).v, make(2).v)


def other_init(self, v):
    self.v = ("other", v)


P.__init__ = other_init
print(make(3).v)


# __init__ returning a value.
def bad_init(self, v):
    return v


P.__init__ = bad_init
try:
    make(4)
except TypeError as e:
    print(type(e).__name__, e)

# Delete __init__: object.__init__ rejects the argument.
del P.__init__
try:
    make(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(P()).__name__)


# __new__ added later.
class Q:
    def __init__(self, v):
        self.v = v


def make_q(v):
    return Q(v)


print(make_q(1).v)


def new(cls, v):
    obj = object.__new__(cls)
    obj.from_new = True
    return obj


Q.__new__ = new
q = make_q(2)
print(q.v, q.from_new)


# __new__ returning another type skips __init__.
def new_other(cls, v):
    return "not a Q"


Q.__new__ = new_other
print(make_q(3))


# Wrong argument counts at a cached constructor site.
class R:
    def __init__(self, a, b=2):
        self.ab = (a, b)


def make_r(*args, **kw):
    return R(*args, **kw)


print(make_r(1).ab, make_r(1, 3).ab, make_r(b=4, a=5).ab)
for args in [(), (1, 2, 3)]:
    try:
        make_r(*args)
    except TypeError as e:
        print(type(e).__name__, e)


# An __init__ inherited from a base, then overridden in the subclass later.
class Base:
    def __init__(self):
        self.tag = "base init"


class Derived(Base):
    pass


print(Derived().tag)
Derived.__init__ = lambda self: setattr(self, "tag", "derived init")
print(Derived().tag, Base().tag)


# Exceptions raised in __init__ propagate and the instance is released.
class Fails:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative: %d" % n)
        self.n = n


for n in [1, -1, 2]:
    try:
        print(Fails(n).n)
    except ValueError as e:
        print(type(e).__name__, e)


# Abstract classes cannot be instantiated, even after a concrete call site warmed up.
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


def make_shape(cls, *args):
    return cls(*args)


print(make_shape(Square, 3).area())
try:
    make_shape(Shape)
except TypeError as e:
    print(type(e).__name__, e)


# A metaclass __call__ wraps construction.
class Meta(type):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.via_meta = True
        return obj


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


w = WithMeta(1)
print(w.x, w.via_meta)
