# Union and Optional: flattening, de-duplication, equality, checks, and PEP 604 interplay.
from typing import Union, Optional, List, Any, get_args, get_origin

U = Union[int, Union[str, float], int]
print(U, get_args(U), U == Union[float, str, int], Union[int, None] == Optional[int])
print(Optional[Optional[int]], Optional[Union[int, str]], Union[None, int], Union[int, None, None])
print(Union[int, str] == (int | str), (int | str) == Union[int, str], Union[List[int], None])
print(int | List[str], List[str] | int, Optional[int] | float, None | Optional[int])
print(get_origin(int | None), get_args(int | None | str), get_origin(Optional[str]) is Union)
print(isinstance(None, Optional[int]), isinstance("s", Union[int, str]), isinstance(3, Optional[str]))
print(isinstance(True, int | None), issubclass(int, Union[int, List]), isinstance([], Union[int, List]))
print(hash(Union[int, str]) == hash(Union[str, int]), len({Union[int, str], Union[str, int]}))
print(Union[int, Any], Union[Any, None], repr(Union[int, "Fwd"]))
d = {Optional[int]: "opt", int | str: "pep604"}
print(d[Union[int, None]], d[str | int])
for bad in [lambda: Union[()], lambda: Union[1, 2], lambda: Optional[int, str], lambda: isinstance(1, Union[List[int], None])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


def describe(x: Union[int, str, None]) -> str:
    if isinstance(x, int | None):
        return "int or none"
    return "str"


print(describe(1), describe(None), describe("a"), describe.__annotations__["x"])
