# dataclasses corners: mutable defaults, default_factory, field options, __post_init__, frozen, order.
from dataclasses import dataclass, field, fields, asdict, replace, FrozenInstanceError


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False, compare=False)


a = Item("pen")
b = Item("pen")
a.tags.append("blue")
print(a, b, a == b, a.tags is b.tags)
print([f.name for f in fields(Item)], asdict(a))
c = replace(a, price=2.5)
print(c, c.tags is a.tags, Item("x", secret="s1") == Item("x", secret="s2"))

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3).area)
try:
    Rect(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Rect(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class Version:
    major: int
    minor: int = 0


v = Version(1, 2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del v.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(v) == hash(Version(1, 2)), {v: "ok"}[Version(1, 2)], replace(v, minor=5))


@dataclass(order=True)
class Priority:
    level: int
    name: str = field(compare=False)


items = [Priority(3, "c"), Priority(1, "a"), Priority(2, "b")]
print(sorted(items), Priority(1, "x") < Priority(2, "y"), Priority(1, "x") == Priority(1, "y"))
try:
    Priority(1, "a") < 5
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(eq=False)
class Identity:
    v: int


print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)


@dataclass
class Unhashable:
    v: int


print(Unhashable.__hash__)


@dataclass
class Child(Item):
    qty: int = 1


print(Child("bolt", 0.1, qty=5), [f.name for f in fields(Child)])
print(Item.__match_args__ if hasattr(Item, "__match_args__") else None, Version.__dataclass_fields__["minor"].default)
