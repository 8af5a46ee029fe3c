# inspect.signature: parameters, kinds, str(sig), bind/bind_partial with CPython's errors.
import inspect
from inspect import Parameter, Signature, signature
from typing import Optional, List
import functools


def greet(name: str, *, loud: bool = False) -> str:
    return name.upper() if loud else name


sig = signature(greet)
print(sig, repr(sig), sig.return_annotation)
for name, param in sig.parameters.items():
    print(name, param.kind, param.default, param.annotation, repr(param), param.kind.description)


def api(x, y, /, z=0, *args, verbose=False, level: int, **opts) -> None:
    pass


s = signature(api)
print(s, list(s.parameters), [str(p.kind) for p in s.parameters.values()])
print(Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, int(Parameter.VAR_KEYWORD), repr(Parameter.VAR_POSITIONAL))
print(Parameter.empty, Signature.empty is Parameter.empty, s.parameters["z"].default, s.parameters["x"].default is Parameter.empty)
b = s.bind(1, 2, 3, 4, 5, level=3, extra=True)
print(b, b.args, b.kwargs, b.arguments)
b.apply_defaults()
print(b.arguments)
bp = s.bind_partial(1)
print(bp, bp.args, bp.kwargs)
for args, kwargs in [((1,), {"level": 1}), ((), {"x": 1, "y": 2, "level": 1}), ((1, 2), {}),
                     ((1, 2), {"z": 1, "level": 0, "nope": 1})]:
    try:
        print(s.bind(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)


def simple(a, b=2):
    pass


ss = signature(simple)
for args, kwargs in [((1, 2, 3), {}), ((1,), {"a": 1}), ((), {}), ((1,), {"c": 3}), ((), {"b": 1})]:
    try:
        print(ss.bind(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
print(ss.bind_partial(b=5), ss.bind(1).args, ss.bind(a=1, b=3).kwargs)


def annotated(a: int, b: "str" = "x", c: Optional[List[int]] = None, *rest: float, **kw: dict) -> List[str]:
    pass


print(signature(annotated))
print(signature(lambda: 0), signature(lambda x, *y, z=1: 0))


class Point:
    def __init__(self, x: float, y: float = 0.0):
        self.x, self.y = x, y

    def move(self, dx, dy=0):
        pass

    @classmethod
    def origin(cls, scale=1):
        pass

    @staticmethod
    def helper(v, /):
        pass

    def __call__(self, factor):
        pass


print(signature(Point), signature(Point.move), signature(Point(1).move), signature(Point.origin))
print(signature(Point.helper), signature(Point(1)))


class Empty:
    pass


print(signature(Empty))


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


@deco
def wrapped(a, b: int = 3):
    pass


print(signature(wrapped), signature(wrapped, follow_wrapped=False))
print(signature(functools.partial(simple, 1)), signature(functools.partial(api, 1, 2, level=4)))
p = Parameter("n", Parameter.KEYWORD_ONLY, default=3, annotation=int)
print(p, p.replace(name="m", default=Parameter.empty), p == Parameter("n", Parameter.KEYWORD_ONLY, default=3, annotation=int))
sig2 = Signature([Parameter("a", Parameter.POSITIONAL_ONLY), p], return_annotation=bool)
print(sig2, sig2.replace(return_annotation=Signature.empty), sig2 == sig2.replace())
for bad in [lambda: Parameter("1x", Parameter.POSITIONAL_ONLY), lambda: Parameter("a", 7),
            lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1),
            lambda: Signature([p, Parameter("a", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", 1, default=1), Parameter("b", 1)]),
            lambda: Signature([Parameter("a", 1), Parameter("a", 3)]),
            lambda: signature(3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class WithSig:
    __signature__ = Signature([Parameter("only", Parameter.POSITIONAL_OR_KEYWORD)])

    def __call__(self, *a):
        pass


print(signature(WithSig()))
