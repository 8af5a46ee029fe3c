# Objects that cannot be weakly referenced, and misuse of weakref.ref.
import weakref

for v in [1, "s", (1, 2), [1], {"a": 1}, None, 2.5, b"x", True]:
    try:
        weakref.ref(v)
    except TypeError as e:
        print(type(e).__name__, e)


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyTuple(tuple):
    pass


for cls in [Slotted, SlottedWeak, MyInt, MyStr, MyList, MyTuple]:
    try:
        o = cls()
        r = weakref.ref(o)
        print(cls.__name__, "ok", r() is o)
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)

try:
    class Twice(SlottedWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class IntWeak(int):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(type(e).__name__, e)

class C:
    pass


c = C()
r = weakref.ref(c)
try:
    r(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref()
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(c, None, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.__weakref__ = None
except AttributeError as e:
    print(type(e).__name__, e)
print(weakref.ref(c, None) is r)
print(C.__dict__["__weakref__"], C.__dict__["__dict__"])
print(type(C.__dict__["__weakref__"]).__name__)
print(Slotted().__class__.__dict__.get("__weakref__"), "__weakref__" in SlottedWeak.__dict__)
print(weakref.getweakrefcount(5), weakref.getweakrefs("x"))
