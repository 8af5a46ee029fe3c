# issubclass with a runtime-checkable protocol that has a data member.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Sized(Protocol):
    size: int


class Box:
    size = 3


print(isinstance(Box(), Sized))
issubclass(Box, Sized)
