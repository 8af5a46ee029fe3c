# namedtuple: fields, defaults, rename, helpers, repr, tuple behaviour.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], len(p), tuple(p), isinstance(p, tuple))
x, y = p
print(x, y, p == (11, 22), hash(p) == hash((11, 22)))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__)
print(Point._make([3, 4]), p._replace(x=100), p._asdict())
print(Point.x.__doc__, Point.__match_args__)
print(type(p).__name__, type(p).__mro__[1:])

Color = namedtuple("Color", "red green, blue", defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)
print(Color.__new__.__defaults__)
print(Color(blue=9, red=8))

R = namedtuple("R", ["abc", "def", "ghi", "_x", "abc", "2y"], rename=True)
print(R._fields)
One = namedtuple("One", "v")
print(One(5), One.__doc__)
Empty = namedtuple("Empty", [])
print(Empty(), Empty._fields, Empty._make([]))

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2, Vec._fields)

M = namedtuple("M", "a b", module="geometry")
print(M.__module__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max(Point(1, 2), Point(1, 3)))
print(Point(*range(2)), Point(**{"x": 1, "y": 2}))
match Point(1, 2):
    case Point(x, y=2):
        print("matched", x)
print(p.count(11), p.index(22), p[::-1], p + (1,), p * 2)
