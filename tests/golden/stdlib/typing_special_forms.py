# Special forms used as markers: ClassVar, Final, Literal, Annotated, Self, TypeGuard, LiteralString.
from typing import (ClassVar, Final, Literal, Annotated, Self, TypeGuard, LiteralString, TypeAlias,
                    Required, NotRequired, Any, get_type_hints, get_args, get_origin, Union, Optional)


class Settings:
    MAX: Final = 10
    instances: ClassVar[int] = 0
    mode: Literal["fast", "slow"] = "fast"
    ratio: Annotated[float, "between 0 and 1"] = 0.5

    def clone(self) -> Self:
        return self


print(Settings.__annotations__)
print(get_type_hints(Settings))
print(get_type_hints(Settings, include_extras=True))
print(get_type_hints(Settings.clone))


def is_str_list(val: list) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in val)


print(is_str_list(["a"]), is_str_list.__annotations__, get_origin(TypeGuard[int]), get_args(TypeGuard[int]))
Vector: TypeAlias = list[float]
print(Vector, __annotations__, LiteralString, TypeAlias)
print(Literal[1, 2, 1], Literal[Literal[1, 2], 3], Literal[True, 1], Literal["a"] | None)
print(get_args(Literal["x", "y"]), Literal["x", "y"] == Literal["y", "x"], hash(Literal[1]) == hash(Literal[1]))
print(Annotated[int, "a"] == Annotated[int, "a"], Annotated[int, "a"] == Annotated[int, "b"], Annotated[int, "m"].__origin__)
a = Annotated[list[int], "m"]
print(a, a.__metadata__, get_args(a), a([1, 2]))
print(Any, repr(Any), type(Any).__name__, Optional[Any], Union[Any, int])


class Agent(Any):
    def act(self):
        return "acting"


print(Agent().act(), issubclass(Agent, object))
for bad in [lambda: Final[int, str], lambda: ClassVar[Final[int]], lambda: Literal(), lambda: Self[int],
            lambda: isinstance(1, ClassVar[int]), lambda: Annotated(), lambda: type("X", (Union,), {}),
            lambda: issubclass(int, Literal)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Sub(ClassVar):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub2(Annotated):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Required[int], NotRequired[str], ClassVar[int].__origin__ is ClassVar, get_args(Final[int]))
