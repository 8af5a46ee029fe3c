# get_type_hints, cast, overload, final, no_type_check, NewType, TYPE_CHECKING and friends.
from typing import (get_type_hints, cast, overload, final, no_type_check, NewType, TYPE_CHECKING,
                    Optional, List, Dict, Annotated, ClassVar, Any, assert_never, assert_type,
                    ForwardRef, Union, Callable, override, get_overloads, Literal, Text, AnyStr)

if TYPE_CHECKING:
    import nothing_here  # never imported at run time


class Tree:
    left: "Optional[Tree]"
    right: Optional["Tree"]
    value: int
    size: ClassVar[int] = 0
    meta: Annotated[str, "doc"] = ""


print(get_type_hints(Tree))
print(get_type_hints(Tree, include_extras=True)["meta"])


def build(items: "List[int]", scale: float = 1.0, name: "str | None" = None, cb: Callable[[int], None] = None) -> "Dict[str, Tree]":
    return {}


print(get_type_hints(build))
print(build.__annotations__["items"], get_type_hints(build)["name"])


def nothing(x, y=None) -> None:
    pass


print(get_type_hints(nothing), get_type_hints(lambda: 0))


class Child(Tree):
    extra: "list[Tree]"


print(list(get_type_hints(Child)), get_type_hints(Child)["extra"])
print(cast(int, "not an int"), cast("List[str]", 3), assert_type(5, int))


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(3), double("ab"), len(get_overloads(double)))


@overload
def lonely(x: int) -> int: ...


try:
    lonely(1)
except NotImplementedError as e:
    print(type(e).__name__, e)


@final
class Leaf:
    @final
    def m(self):
        pass

    @override
    def __repr__(self):
        return "Leaf"


print(Leaf.__final__, Leaf.m.__final__, Leaf.__repr__.__override__, Leaf())


@no_type_check
def untyped(a: "this is not a type") -> "nor this":
    return a


print(untyped.__no_type_check__, get_type_hints(untyped), untyped(1))
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId.__supertype__, UserId.__name__, UserId, UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    assert_never(3)
except AssertionError as e:
    print(type(e).__name__, e)
print(ForwardRef("Tree"), ForwardRef("x") == ForwardRef("x"), Union["Tree", int])
print(Text is str, AnyStr, AnyStr.__constraints__, Literal["a"] == Literal["a"])
try:
    get_type_hints(3)
except TypeError as e:
    print(type(e).__name__, e)


def bad_hint(x: "Undefined") -> None:
    pass


try:
    get_type_hints(bad_hint)
except NameError as e:
    print(type(e).__name__, e)
