# abc: abstract methods block instantiation until overridden; register and __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} of area {self.area()}"


class Partial(Shape):
    def area(self):
        return 1


class Square(Partial):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def name(self):
        return "square"


for cls in (Shape, Partial):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)

s = Square(3)
print(s.describe(), sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__))
print(sorted(Square.__abstractmethods__), type(Shape).__name__, isinstance(s, Shape))


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Sized:
            return any(["__len__" in vars(k) for k in other.__mro__])
        return NotImplemented


class Box:
    def __len__(self):
        return 0


print(issubclass(Box, Sized), isinstance(Box(), Sized), issubclass(int, Sized), isinstance([], Sized))


class Plugin(ABC):
    pass


@Plugin.register
class External:
    pass


class Sub(External):
    pass


print(issubclass(External, Plugin), isinstance(Sub(), Plugin), issubclass(int, Plugin), External.__name__)

# An abstract property.


class Named(ABC):
    @property
    @abstractmethod
    def label(self):
        ...


class Concrete(Named):
    @property
    def label(self):
        return "concrete"


try:
    Named()
except TypeError as e:
    print("TypeError", e)
print(Concrete().label)
