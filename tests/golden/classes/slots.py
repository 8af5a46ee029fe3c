# __slots__: no __dict__, fixed attributes, inheritance, __dict__ in slots.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"), Point.__slots__)
print(type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__ is Point)

# unset slot
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print(type(e).__name__, e)
q.x = 5
del q.x
try:
    del q.x
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(q, "x"), hasattr(q, "y"))

# slot descriptors are usable directly
Point.y.__set__(q, 99)
print(Point.y.__get__(q, Point), q.y)


# inheritance adding slots
class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p3 = Point3D(1, 2, 3)
print(p3.x, p3.y, p3.z, hasattr(p3, "__dict__"))
try:
    p3.w = 1
except AttributeError as e:
    print(type(e).__name__, e)


# subclass without __slots__ gets a __dict__ back
class Loose(Point):
    pass


lo = Loose(1, 2)
lo.anything = "ok"
print(lo.__dict__, lo.x)


# __dict__ in slots
class Hybrid:
    __slots__ = ("fixed", "__dict__")


h = Hybrid()
h.fixed = 1
h.free = 2
print(h.fixed, h.__dict__)

# single string slot
class One:
    __slots__ = "only"


o = One()
o.only = "yes"
print(o.only, One.__slots__)

# slots with class attribute conflict
try:
    class Conflict:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print(type(e).__name__, e)


# empty slots
class Nothing:
    __slots__ = ()


n = Nothing()
try:
    n.x = 1
except AttributeError as e:
    print(type(e).__name__, e)


# slots and class attributes for defaults (read-only on instances)
class Defaults:
    __slots__ = ("a",)
    b = "class default"


dd = Defaults()
print(dd.b)
try:
    dd.b = 2
except AttributeError as e:
    print(type(e).__name__, e)


# multiple inheritance layout conflict
class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("b",)


try:
    class S12(S1, S2):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# empty-slots bases combine fine
class E1:
    __slots__ = ()


class E2:
    __slots__ = ()


class E12(E1, E2):
    __slots__ = ("c",)


e12 = E12()
e12.c = 1
print(e12.c)

# __weakref__ slot
class Weak:
    __slots__ = ("v", "__weakref__")


print(sorted([k for k in Weak.__dict__ if not k.startswith("__") or k == "__weakref__"]))

# invalid slot names
for bad in [("1x",), (5,), ("a", "a")]:
    try:
        type("Bad", (), {"__slots__": bad})
        print("created with", bad)
    except TypeError as e:
        print(type(e).__name__, e)

# __dict__ twice
try:
    class DictTwice(Hybrid):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)

# slots with __setattr__ and properties together
class Temp:
    __slots__ = ("_c",)

    def __init__(self, c):
        self._c = c

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self._c = v


t = Temp(5)
t.c = 7
print(t.c)
try:
    t.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

# private name mangling in slots
class Mangled:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = "hidden"

    def reveal(self):
        return self.__secret


mg = Mangled()
print(mg.reveal(), Mangled.__slots__, hasattr(Mangled, "_Mangled__secret"))

# vars() on a slotted object
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
