# Generic protocols, protocol inheritance with defaults, concrete subclasses of protocols.
from typing import Protocol, TypeVar, runtime_checkable, Iterator, Iterable, Sized, Hashable
from collections.abc import Iterable as AbcIterable

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@runtime_checkable
class SupportsNext(Protocol[T_co]):
    def __next__(self) -> T_co: ...


@runtime_checkable
class Comparable(Protocol):
    def __lt__(self, other) -> bool: ...


class Greeter(Protocol):
    name: str

    def greet(self) -> str:
        return "hello " + self.name


class English(Greeter):
    def __init__(self, name):
        self.name = name


class Quiet(Greeter):
    name = "q"

    def greet(self) -> str:
        return "..."


print(isinstance(iter([]), SupportsNext), isinstance([], SupportsNext), SupportsNext[int], SupportsNext.__parameters__)
print(isinstance(3, Comparable), isinstance(object(), Comparable), issubclass(str, Comparable))
print(English("ann").greet(), Quiet().greet(), Greeter._is_protocol, English._is_protocol)
print(sorted(Greeter.__protocol_attrs__))
try:
    isinstance(English("x"), Greeter)
except TypeError as e:
    print(type(e).__name__, e)


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...

    def put(self, item: T) -> None: ...


class Jar:
    def __init__(self):
        self.items = []

    def get(self):
        return self.items[-1]

    def put(self, item):
        self.items.append(item)


class HalfJar:
    def get(self):
        return None


j = Jar()
j.put(4)
print(isinstance(j, Box), isinstance(HalfJar(), Box), j.get(), Box[int].__origin__ is Box)


@runtime_checkable
class SizedIter(Sized, AbcIterable, Protocol):
    pass


print(isinstance([], SizedIter), isinstance(iter([]), SizedIter), sorted(SizedIter.__protocol_attrs__))
try:
    class Wrong(Protocol[T], Jar):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Deep(English):
    def __init__(self):
        super().__init__("deep")


print(Deep().greet(), isinstance(Deep(), English))
