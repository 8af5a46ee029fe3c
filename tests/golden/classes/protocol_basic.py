# typing.Protocol with runtime_checkable, Generic and TypeVar at run time.
from typing import Protocol, runtime_checkable, Generic, TypeVar


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


@runtime_checkable
class Resizable(Drawable, Protocol):
    def resize(self, f: float) -> None: ...


class Circle:
    def draw(self):
        return "circle"

    def resize(self, f):
        pass


class Text:
    def draw(self):
        return "text"


class Nothing:
    pass


print(isinstance(Circle(), Drawable), isinstance(Text(), Drawable), isinstance(Nothing(), Drawable))
print(isinstance(Circle(), Resizable), isinstance(Text(), Resizable), issubclass(Circle, Drawable))


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = "n"


print(isinstance(Named(), HasName), isinstance(Nothing(), HasName))
try:
    issubclass(Named, HasName)
except TypeError as e:
    print(type(e).__name__, e)


class NotChecked(Protocol):
    def go(self): ...


try:
    isinstance(Circle(), NotChecked)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotChecked()
except TypeError as e:
    print(type(e).__name__, e)

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box[int](5)
print(b.get(), Box.__parameters__, T.__name__, type(b).__name__)


class Point:
    x: int
    y: "str"


print(Point.__annotations__)
