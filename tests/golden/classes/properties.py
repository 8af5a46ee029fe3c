# property: getter/setter/deleter, docs, inheritance, and the error messages.
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

# read-only property errors
t.celsius = 5
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

# property on the class is the property object
p = Temp.celsius
print(type(p).__name__, p.__doc__, Temp.fahrenheit.__doc__)
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temp.fahrenheit.fset)
print(p.__get__(t), p.__get__(None, Temp) is p)
p.__set__(t, 12)
print(t.celsius)

# property wins over instance __dict__ (data descriptor)
t.__dict__["celsius"] = "shadow"
print(t.celsius, t.__dict__["celsius"])


# property() call form with doc
class Box:
    def _get(self):
        return self._v

    def _set(self, v):
        self._v = v * 2

    def _del(self):
        self._v = None

    value = property(_get, _set, _del, "The value.")
    getonly = property(_get)
    nothing = property()


b = Box()
b.value = 4
print(b.value, Box.value.__doc__, Box.getonly.__doc__)
del b.value
print(b.value)
try:
    b.getonly = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b.nothing = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del b.nothing
except AttributeError as e:
    print(type(e).__name__, e)


# getter docstring copied when no doc given
class Doc:
    @property
    def a(self):
        """doc of a"""
        return 1

    @property
    def b(self):
        return 2


print(Doc.a.__doc__, Doc.b.__doc__)


# inheritance: subclass extends a property with a new setter
class Base:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x


class Settable(Base):
    @Base.x.setter
    def x(self, v):
        self._x = v + 1000


s = Settable()
s.x = 1
print(s.x, Base.x is Settable.x)
try:
    Base().x = 1
except AttributeError as e:
    print(type(e).__name__, e)


# subclass overriding a property with a plain attribute
class Over(Base):
    x = "plain"


print(Over().x)


# property raising AttributeError triggers __getattr__
class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return "fallback for " + name


print(Fallback().broken)


# a property's getter raising other errors propagates
class Raises:
    @property
    def boom(self):
        return 1 / 0


try:
    Raises().boom
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# property objects are immutable-ish
try:
    p.fget = None
except AttributeError as e:
    print(type(e).__name__, e)

# chained property copies are distinct objects
q = property(lambda self: 1)
q2 = q.setter(lambda self, v: None)
print(q is q2, q2.fset is not None, q.fset)


# lazily computed cached attribute via property and __dict__
class Lazy:
    calls = 0

    @property
    def data(self):
        Lazy.calls += 1
        if "_data" not in self.__dict__:
            self._data = [1, 2, 3]
        return self._data


lz = Lazy()
print(lz.data, lz.data, Lazy.calls)
