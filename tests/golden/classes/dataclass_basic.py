# dataclasses: generated __init__, __repr__, __eq__, ordering, frozen, defaults.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p == Point(2, 1), Point.__hash__)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


vs = sorted([Version(1, 2), Version(0, 9), Version(1, 0)])
print(vs, Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__, e)


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)

    def add(self, x):
        self.items.append(x)
        self.count += 1


a, b = Inventory(), Inventory()
a.add("x")
print(a, b, a.count)


@dataclass
class Child(Point):
    z: int = 5

    def __post_init__(self):
        self.total = self.x + self.y + self.z


c = Child(1, 2)
print(c, c.total)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)
