# Generic classes combined with dataclasses, properties, classmethods and inheritance.
from dataclasses import dataclass, field
from typing import Generic, TypeVar, Optional, List, Iterator, ClassVar

T = TypeVar("T")
U = TypeVar("U")


@dataclass
class Node(Generic[T]):
    value: T
    children: List["Node[T]"] = field(default_factory=list)
    count: ClassVar[int] = 0

    def walk(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c.walk()


tree = Node[int](1, [Node(2), Node(3, [Node(4)])])
print(list(tree.walk()), tree.__orig_class__, Node.__parameters__, Node[str]("x"))
print(Node.__annotations__["value"], Node.__dataclass_fields__.keys())


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    @classmethod
    def of(cls, *items: T) -> "Stack[T]":
        s = cls()
        for i in items:
            s.push(i)
        return s


class Pair(Generic[T, U]):
    def __init__(self, first: T, second: U):
        self.first, self.second = first, second

    def swap(self) -> "Pair[U, T]":
        return Pair(self.second, self.first)


class NamedStack(Stack[str]):
    name = "named"


s = Stack[int]().push(1).push(2)
print(s.pop(), s.pop(), s.pop(), Stack.of(1, 2, 3)._items, NamedStack.of("a").pop(), NamedStack.__parameters__)
p = Pair[int, str](1, "a").swap()
print(p.first, p.second, Pair[int, str], Pair[T, int][str], Pair[T, U][U, T])
print(Stack.push.__annotations__, Stack.of.__annotations__)
