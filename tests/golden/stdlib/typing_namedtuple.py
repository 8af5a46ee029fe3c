# typing.NamedTuple (class syntax and functional) and TypedDict.
from typing import NamedTuple, TypedDict, Required, NotRequired, Generic, TypeVar, is_typeddict, get_type_hints


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "origin"

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def swapped(self):
        return Point(self.y, self.x, self.label)


p = Point(3, 4)
print(p, p.x, p[1], p.norm2(), p.swapped, len(p), tuple(p), p == (3, 4, "origin"))
print(Point._fields, Point._field_defaults, Point.__annotations__, Point.__mro__)
print(p._asdict(), p._replace(y=9), Point._make([1, 2, "m"]), isinstance(p, tuple))
x, y, label = p
print(x, y, label, hash(p) == hash((3, 4, "origin")), Point(y=2, x=1), Point.__name__, Point.__doc__)
for bad in [lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: Point(1, z=3), lambda: Point(1, x=2),
            lambda: p._replace(z=1), lambda: Point._make([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print(type(e).__name__, e)

Emp = NamedTuple("Emp", [("name", str), ("id", int)])
e = Emp("ann", 7)
print(e, Emp._fields, Emp.__annotations__, e.id)
Kw = NamedTuple("Kw", a=int, b=float)
print(Kw(1, 2.5), Kw._fields)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float
    title: Required[str]


class Sequel(Movie, total=False):
    previous: str
    budget: NotRequired[int]


m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, Movie.__required_keys__ == {"title", "year"}, sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__, Partial.__annotations__)
print(sorted(Sequel.__required_keys__), sorted(Sequel.__optional_keys__), list(Sequel.__annotations__))
print(is_typeddict(Movie), is_typeddict(dict), Sequel(title="x", year=1, previous="y"), Movie.__mro__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Mixed(Movie, int):
        pass
except TypeError as e:
    print(type(e).__name__, e)
Alt = TypedDict("Alt", {"a": int, "b": str}, total=False)
print(Alt(a=1), sorted(Alt.__optional_keys__), Alt.__annotations__)
print(get_type_hints(Sequel), get_type_hints(Point))
