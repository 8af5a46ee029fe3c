# TypeVar, ParamSpec and Generic classes at run time.
from typing import Generic, TypeVar, ParamSpec, Concatenate, Callable, List, Dict, Protocol

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
Num = TypeVar("Num", int, float)
B = TypeVar("B", bound=str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, Num, B, Co, Contra, T.__name__, Num.__constraints__, B.__bound__, T.__bound__, T.__constraints__)
print(Co.__covariant__, Co.__contravariant__, Contra.__contravariant__, T == T, T == TypeVar("T"))
for bad in [lambda: TypeVar("X", int), lambda: TypeVar("X", int, str, bound=int),
            lambda: TypeVar("X", covariant=True, contravariant=True)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self):
        return f"Box({self.item!r})"


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Box.__parameters__, Pair.__parameters__, Box.__orig_bases__, Box.__mro__)
ib = Box[int](3)
print(ib, ib.get(), type(ib).__name__, ib.__orig_class__, Box[int], Pair[str, int], Pair[str, int].__args__)
print(Box[int] == Box[int], Box[int] == Box[str], Box[int].__origin__ is Box, Pair[str, V][int])


class IntBox(Box[int]):
    pass


class Mapping2(Pair[str, V], Generic[V]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox(4).get(), Mapping2.__parameters__, Mapping2[int])
print(issubclass(IntBox, Box), isinstance(IntBox(1), Box), issubclass(Box, Generic))
for bad in [lambda: IntBox[int], lambda: Box[int, str], lambda: Pair[int], lambda: Generic[int],
            lambda: Generic[T, T], lambda: Generic(), lambda: Generic[()]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Bad(Generic):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(List[T], Generic[K]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(T):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class MyList(List[T]):
    def first(self) -> T:
        return self[0]


ml = MyList[int]([5, 6])
print(ml.first(), MyList.__mro__, MyList.__parameters__, type(ml).__name__)


class Registry(Dict[str, int]):
    pass


print(Registry(a=1), Registry.__orig_bases__, Registry.__parameters__)

P = ParamSpec("P")
print(P, P.args, P.kwargs, P.__name__, Callable[P, int], Callable[Concatenate[int, P], str])
print(Callable[P, int][[str, bytes]], Callable[P, int].__parameters__, P.args.__origin__ is P)


class Decorated(Generic[P, T]):
    pass


print(Decorated[[int, str], bool], Decorated.__parameters__)
