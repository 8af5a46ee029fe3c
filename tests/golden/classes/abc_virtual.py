# ABCs: virtual subclasses via register and __subclasshook__, alongside collections.abc.
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Sized, Iterable, Container, Mapping, Sequence, Hashable


class Drawable(ABC):
    @abstractmethod
    def draw(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Canvas:
    def draw(self):
        return "canvas"


class Sub(Drawable):
    def draw(self):
        return "sub"


class Blank:
    pass


print(issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable), issubclass(Blank, Drawable), Sub().draw())
print(Drawable.__abstractmethods__, Sub.__abstractmethods__, isinstance(Sub(), Drawable))


class Animal(metaclass=ABCMeta):
    pass


class Dog:
    pass


class Puppy(Dog):
    pass


Animal.register(Dog)
print(issubclass(Dog, Animal), issubclass(Puppy, Animal), isinstance(Puppy(), Animal), Animal.__subclasses__())
print(issubclass(Dog, (int, Animal)), isinstance(3, (str, Animal)), isinstance(Dog(), (Sized, Animal)))


@Sized.register
class Measured:
    pass


print(issubclass(Measured, Sized), isinstance(Measured(), Sized), Measured.__name__)


class Bag(Container, Iterable):
    def __init__(self, *items):
        self.items = items

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)


b = Bag(1, 2)
print(2 in b, list(b), isinstance(b, Container), isinstance(b, Sized), issubclass(Bag, Iterable))


class FrozenMap(Mapping):
    def __init__(self, d):
        self._d = dict(d)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __hash__(self):
        return hash(frozenset(self._d.items()))


fm = FrozenMap({"a": 1})
print(isinstance(fm, Hashable), hash(fm) == hash(FrozenMap({"a": 1})), fm == {"a": 1}, dict(fm))
print(isinstance(fm, Sequence), isinstance(fm, Mapping), issubclass(FrozenMap, Sized))


class Cycle(ABC):
    pass


class Child(Cycle):
    pass


try:
    Child.register(Cycle)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    Cycle.register(3)
except TypeError as e:
    print(type(e).__name__, e)
