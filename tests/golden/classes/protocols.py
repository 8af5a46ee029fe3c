# typing.Protocol: structural checks, data members, inheritance, the issubclass limits.
from typing import Protocol, runtime_checkable, TypeVar, Generic, Iterable, SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs
from collections.abc import Sized


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str
    version: int = 1


@runtime_checkable
class ClosableNamed(Closable, Named, Protocol):
    def describe(self) -> str: ...


class File:
    name = "f.txt"

    def close(self):
        print("closing", self.name)

    def describe(self):
        return "file"


class Socket:
    def close(self):
        pass


class NoClose:
    close = None


class WithData:
    def __init__(self):
        self.name = "d"
        self.version = 2


print(isinstance(File(), Closable), isinstance(Socket(), Closable), isinstance(NoClose(), Closable), isinstance(3, Closable))
print(issubclass(File, Closable), issubclass(Socket, Closable), issubclass(NoClose, Closable), issubclass(int, Closable))
print(isinstance(File(), Named), isinstance(WithData(), Named), isinstance(Socket(), Named))
print(isinstance(File(), ClosableNamed), isinstance(WithData(), ClosableNamed))
print(sorted(Closable.__protocol_attrs__), sorted(Named.__protocol_attrs__), sorted(ClosableNamed.__protocol_attrs__))
print(Named.__callable_proto_members_only__, Closable.__callable_proto_members_only__, Closable._is_protocol)
for bad in [lambda: issubclass(File, Named), lambda: issubclass(File, ClosableNamed), lambda: Closable(),
            lambda: ClosableNamed(), lambda: issubclass(3, Closable)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


class Unchecked(Protocol):
    def run(self): ...


for bad in [lambda: isinstance(File(), Unchecked), lambda: issubclass(File, Unchecked), lambda: runtime_checkable(File)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Mixed(File, Protocol):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# An explicit subclass of a protocol is an ordinary class that can be instantiated.
class Impl(Closable):
    def __init__(self, tag):
        self.tag = tag

    def close(self):
        return "closed " + self.tag


class Default(Closable):
    pass


print(Impl("a").close(), isinstance(Impl("b"), Closable), Impl._is_protocol, type(Default()).__name__)
print(Default().close())

T = TypeVar("T")


@runtime_checkable
class Container(Protocol[T]):
    def get(self) -> T: ...


class Holder:
    def get(self):
        return 1


print(isinstance(Holder(), Container), Container.__parameters__, Container[int])


# Protocols may inherit from allowed ABCs.
@runtime_checkable
class SizedIterable(Sized, Protocol):
    def __iter__(self): ...


print(isinstance([], SizedIterable), isinstance(3, SizedIterable), isinstance({}, SizedIterable))
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.5, SupportsFloat), isinstance(3, SupportsIndex))
print(isinstance(-1, SupportsAbs), isinstance("s", SupportsAbs), issubclass(float, SupportsInt))


class Quantity:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)


print(isinstance(Quantity(3.5), SupportsInt), int(Quantity(3.5)))


# A protocol with a custom __subclasshook__ allows issubclass even with data members.
@runtime_checkable
class HasSize(Protocol):
    size: int

    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "size") or NotImplemented


class Sized3:
    size = 3


print(issubclass(Sized3, HasSize), isinstance(Sized3(), HasSize), issubclass(int, HasSize))
