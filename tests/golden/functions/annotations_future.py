"""PEP 563: every annotation is the string CPython's unparser makes of it."""
from __future__ import annotations


def f(a: int, b: "str", c: list[int] | None = None, *args: tuple[int, ...], **kw: dict[str, "X"]) -> Optional[C]:
    pass


print(f.__annotations__)


def g(x: Callable[[int, str], None], y: (int, str), z: -1, w: a.b.c, v: f(1, k=2)) -> "it's":
    pass


print(g.__annotations__)


def h(p: 1 + 2 * 3, q: (1 + 2) * 3, r: 2 ** -1, s: Tuple[()], t: Tuple[int,], u: ~T) -> ...:
    pass


print(h.__annotations__)
x: List[Dict[str, int]] = []
y: Undefined
print(__annotations__)


class Node:
    next: Node | None
    value: 'int'

    def link(self, other: Node) -> Node:
        return other


print(Node.__annotations__, Node.link.__annotations__)
