# typing's special forms and generic aliases: reprs, __origin__, __args__, equality.
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Type,
                    Iterable, Iterator, Sequence, Mapping, MutableMapping, Generator, Literal,
                    ClassVar, Final, Annotated, NoReturn, Never, Self, AbstractSet, Hashable,
                    Sized, TypeVar, get_origin, get_args)

print(Any, Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]])
print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Set[int], FrozenSet[str], Type[int], Iterable[int], Iterator[str], Sequence[float])
print(Mapping[str, int], MutableMapping[str, int], Generator[int, None, None], AbstractSet[int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable)
print(Literal[1, "a", None], ClassVar[int], Final[str], Annotated[int, "meta", 3])
print(NoReturn, Never, Self, Literal, ClassVar, Hashable, Sized)
print(Union[int], Union[int, int], Union[int, Union[str, float]], Optional[None])
print(Union[int, str] == Union[str, int], Union[int, str] == int | str, List[int] == List[int], List[int] == List[str])
print(hash(Union[int, str]) == hash(Union[str, int]), Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(List[int].__origin__, List[int].__args__, Dict[str, int].__origin__, Tuple[int, ...].__args__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(Callable[[int], str]), get_args(Callable[[int], str]), get_args(Callable[..., str]))
print(get_origin(Annotated[int, "x"]), get_args(Annotated[int, "x"]), get_origin(int), get_args(int))
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(int | str), get_args(int | str))
print(get_origin(Literal[1, 2]), get_args(Literal[1, 2]), get_origin(ClassVar[int]), get_origin(List))
print(Annotated[int, "a"].__metadata__, Annotated[Annotated[int, "a"], "b"].__metadata__)
print(Optional[int] | str, int | Optional[str], List[int] | None)
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance(3, Hashable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), isinstance(iter([]), Iterator))
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]), issubclass(bool, Union[int, str]))
for bad in [lambda: isinstance([], List[int]), lambda: isinstance(3, Any), lambda: isinstance(3, Literal[3]),
            lambda: Union[()], lambda: Any(), lambda: List(), lambda: Dict[int], lambda: Union(),
            lambda: ClassVar[int, str], lambda: Callable[int], lambda: isinstance(3, Union),
            lambda: Annotated[int], lambda: List[int][str], lambda: NoReturn[int]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
T = TypeVar("T")
print(List[T], List[T][int], Dict[str, T][float], Callable[[T], T][int], Optional[T][str])
print(List[T].__parameters__, Dict[T, int].__parameters__, List[int].__parameters__)
print(Union[int, str].__args__, Optional[int].__args__)


class Node:
    pass


print(List[Node], Optional[Node], Callable[[Node], "Node"], Literal["x"], Tuple[Node, ...])
print(List["Node"], Union["Node", None])
