# inspect.signature of methods, classes, callables, decorated and keyword-only functions.
import inspect
from typing import Callable, Dict, Any, Union


class Meta(type):
    def __call__(cls, *args, **kwargs):
        return super().__call__(*args, **kwargs)


class ViaMeta(metaclass=Meta):
    def __init__(self, a, b=2):
        pass


class WithNew:
    def __new__(cls, size: int, *, fill=None):
        return super().__new__(cls)


class InitAndNew:
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, x, y):
        pass


class Inherits(InitAndNew):
    pass


class Callback:
    def __call__(self, event: str, *details: Any, **context: Dict[str, Any]) -> bool:
        return True


print(inspect.signature(ViaMeta), inspect.signature(WithNew), inspect.signature(InitAndNew), inspect.signature(Inherits))
print(inspect.signature(Callback()), inspect.signature(Callback.__call__))


def handler(fn: Callable[[int], str], mode: Union[int, str] = 1, *, flags: "list[str]" = ()) -> Callable[..., None]:
    pass


print(inspect.signature(handler))
print(inspect.signature(handler).parameters["fn"].annotation, inspect.signature(handler).return_annotation)


def kwonly_only(*, a, b=1, **rest):
    pass


def posonly_defaults(a, b=1, /, c=2):
    pass


for f in (kwonly_only, posonly_defaults):
    s = inspect.signature(f)
    print(f.__name__, s, [(p.name, p.kind.name) for p in s.parameters.values()])
s = inspect.signature(posonly_defaults)
print(s.bind(1), s.bind(1, 2, 3).arguments, s.bind(1, c=5).kwargs)
try:
    s.bind(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.bind(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
ba = inspect.signature(kwonly_only).bind(a=1, z=3)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs, ba.signature is not None)
sig = inspect.signature(lambda a, *args, b, **kw: None)
print(sig.bind(1, 2, 3, b=4, c=5).args, sig.bind(1, 2, 3, b=4, c=5).kwargs)
print(str(inspect.Parameter("x", inspect.Parameter.VAR_KEYWORD, annotation=int)))
