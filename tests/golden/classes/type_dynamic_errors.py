# type() with one and three arguments: dynamic classes and the argument errors.
Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x = -3
print(Point.__name__, Point.__qualname__, Point.__bases__, p.norm(), Point.__module__)
Child = type("Child", (Point,), {"__doc__": "a child", "z": 1})
print(Child.__mro__, Child.__doc__, Child().norm(), isinstance(Child(), Point))
Meta = type("Meta", (type,), {"tag": "meta"})
WithMeta = Meta("WithMeta", (), {})
print(type(WithMeta).__name__, WithMeta.tag, type(type), type(3), type(Point), type(p).__name__)
for args in [(), (1, 2), ("A", (), {}, 4), (1, (), {}), ("A", [], {}), ("A", (), []), ("A", (1,), {}),
             ("A", (int, str), {}), ("A", (bool,), {}), ("A", (Point, Point), {})]:
    try:
        type(*args)
        print("created", args[0])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("A", (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "mymod"})
print(Q.__qualname__, Q.__module__, repr(Q))
try:
    type("Bad", (), {"__qualname__": 5})
except TypeError as e:
    print(type(e).__name__, e)
S = type("S", (), {"__slots__": ("a",)})
s = S()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
E = type("E", (ValueError,), {})
try:
    raise E("dynamic exception")
except ValueError as e:
    print(type(e).__name__, e, E.__mro__[1].__name__)
ns = {"counter": 0}
C = type("C", (), ns)
ns["counter"] = 99
print(C.counter, C.__dict__ is ns)
D = type("D", (object,), dict(greet=lambda self, n="x": f"hi {n}"))
print(D().greet(), D().greet("y"), type(D.__dict__).__name__)
print(type("", (), {}).__name__ == "", type("with space", (), {}).__name__)
