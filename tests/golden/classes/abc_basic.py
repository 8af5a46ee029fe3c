# abc: ABC, ABCMeta, abstractmethod, register, __subclasshook__, collections.abc checks.
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)
print(type(Shape).__name__, isinstance(Square(1), Shape))


# register a virtual subclass
class Circle:
    def area(self):
        return 3


Shape.register(Circle)
print(issubclass(Circle, Shape), isinstance(Circle(), Shape), Circle.__mro__[1:] == (object,))


# __subclasshook__
class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, sub):
        if cls is Sized2:
            return any("__len__" in k.__dict__ for k in sub.__mro__)
        return NotImplemented


class HasLen:
    def __len__(self):
        return 0


print(issubclass(HasLen, Sized2), issubclass(int, Sized2), isinstance([], Sized2))


# abstract properties and classmethods
class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()


try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
print(Impl.make().name)


# collections.abc on builtin and user types
class MySeq(cabc.Sequence):
    def __init__(self, *xs):
        self.xs = xs

    def __getitem__(self, i):
        return self.xs[i]

    def __len__(self):
        return len(self.xs)


sq = MySeq(1, 2, 3, 2)
print(list(sq), sq.index(3), sq.count(2), 2 in sq, list(reversed(sq)))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance({}, cabc.Sequence))
print(isinstance(HasLen(), cabc.Sized), isinstance(iter([]), cabc.Iterator), isinstance(5, cabc.Hashable))
print(isinstance(sq, cabc.Iterable), issubclass(MySeq, cabc.Reversible), isinstance([], cabc.Hashable))


class Incomplete(cabc.Mapping):
    pass


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
