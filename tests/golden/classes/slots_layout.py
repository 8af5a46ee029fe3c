# __slots__: no instance dict, unset slots, inheritance adding slots and dicts back, conflicts.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__, type(P.__dict__["x"]).__name__)
for action in [lambda: p.y, lambda: setattr(p, "z", 3), lambda: p.z]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)


class P3(P):
    __slots__ = ("z",)


class PDict(P):
    pass


q = P3(1)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"))
r = PDict(1)
r.anything = "ok"
print(r.__dict__, hasattr(r, "__dict__"))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__, w.a)


class StrSlots:
    __slots__ = "single"


s = StrSlots()
s.single = "one"
print(StrSlots.__slots__, s.single)
for ns in [{"__slots__": ("x",), "x": 1}, {"__slots__": ("a", "a")}, {"__slots__": (1,)},
           {"__slots__": ("__dict__", "__dict__")}, {"__slots__": ("not valid",)}]:
    try:
        type("T", (), ns)
        print("created", ns)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    type("T", (WithDict,), {"__slots__": ("__dict__",)})
except TypeError as e:
    print(type(e).__name__, e)


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Empty:
    __slots__ = ()


class EA(Empty, A):
    __slots__ = ()


ea = EA()
ea.a = 5
print(ea.a)
try:
    ea.b = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Defaults:
    __slots__ = ("v",)

    def __init__(self):
        pass


try:
    Defaults().v
except AttributeError as e:
    print(type(e).__name__, e)


class Mangled:
    __slots__ = ("__private",)

    def set(self, v):
        self.__private = v
        return self.__private


print(Mangled().set(9), "_Mangled__private" in Mangled.__dict__)
print(P.x.__get__(p), P.__dict__["x"].__name__, P.x.__objclass__.__name__)
P.x.__set__(p, 100)
print(p.x)
