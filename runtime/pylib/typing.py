"""typing: run-time support for type hints.

ophis's standard library, compiled with the program that imports it; the behaviour, reprs
and messages follow CPython 3.12's Lib/typing.py (the code is ophis's own). Type hints are
ordinary objects here: special forms (`Any`, `Union`, `Optional`, `Literal`, `ClassVar`, ...)
and generic aliases (`List[int]`, `Callable[[int], str]`) with their reprs, `__origin__`,
`__args__` and `__parameters__`; `TypeVar`/`ParamSpec` with substitution; `Generic`;
`Protocol` with `@runtime_checkable` structural checks (through `abc.ABCMeta`, which is Rust);
`NamedTuple` and `TypedDict` class syntax; `get_type_hints` (string annotations are resolved by
a small evaluator of annotation expressions, since ophis has no `eval`).

Not provided: `TypeVarTuple`/`Unpack` of tuples, PEP 695 `TypeAliasType`, `get_overloads`
registries by qualified name, and the `collections` aliases (`Deque`, `DefaultDict`,
`OrderedDict`, `Counter`, `ChainMap`).
"""

import collections.abc
import contextlib
from abc import ABCMeta, abstractmethod

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef", "Generic",
    "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "Union",
    "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping",
    "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
    "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
    "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
    "SupportsIndex", "SupportsInt", "SupportsRound", "Dict", "FrozenSet", "List", "Set",
    "Generator", "NamedTuple", "TypedDict", "AnyStr", "assert_never", "assert_type", "cast",
    "final", "get_args", "get_origin", "get_type_hints", "is_typeddict", "LiteralString",
    "Never", "NewType", "no_type_check", "no_type_check_decorator", "NoReturn", "NotRequired",
    "overload", "override", "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type",
    "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack",
]

TYPE_CHECKING = False

_GenericAliasType = type(list[int])
_UnionType = type(int | str)
_NoneType = type(None)
_FunctionType = type(lambda: None)


def _type_repr(obj):
    """How a type appears inside another's repr (`typing._type_repr`)."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasType):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return "[" + ", ".join(_type_repr(t) for t in obj) + "]"
    return repr(obj)


def _type_check(arg, msg):
    """Check that `arg` is usable as a type (`typing._type_check`)."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (ClassVar, Final):
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_param(t):
    return isinstance(t, (TypeVar, ParamSpec))


def _collect_parameters(args):
    """The type variables in `args`, in first-seen order."""
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if _is_param(t):
            if t not in params:
                params.append(t)
        elif isinstance(t, (list, tuple)):
            for p in _collect_parameters(t):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(t, "__parameters__", ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _UnionGenericAlias) or isinstance(p, _UnionType):
            out.extend(p.__args__)
        else:
            out.append(p)
    return out


def _tvar_subst(arg, params, values):
    """Substitute `values` for `params` in one argument."""
    if _is_param(arg):
        return values[params.index(arg)] if arg in params else arg
    if isinstance(arg, list):
        return [_tvar_subst(a, params, values) for a in arg]
    sub = getattr(arg, "__parameters__", ()) if not isinstance(arg, type) else ()
    if sub:
        new = tuple(values[params.index(p)] if p in params else p for p in sub)
        return arg[new if len(new) != 1 else new[0]]
    return arg


# --- special forms -------------------------------------------------------------------------


class _Final:
    """Mixin forbidding subclassing of typing's own classes."""

    __slots__ = ()

    def __init_subclass__(cls, *args, _root=False, **kwds):
        if "_root" not in kwds and not _root:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    """A special form (`Union`, `Optional`, `ClassVar`, ...): subscription makes a hint."""

    def __init__(self, getitem, name=None, doc=None):
        self._getitem = getitem
        self._name = name if name is not None else getitem.__name__
        self.__doc__ = doc if doc is not None else getitem.__doc__

    def __getattr__(self, item):
        if item in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _no_subscript(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


NoReturn = _SpecialForm(_no_subscript, "NoReturn", "Special type indicating functions that never return.")
Never = _SpecialForm(_no_subscript, "Never", "The bottom type, a type that has no members.")
Self = _SpecialForm(_no_subscript, "Self", "Used to spell the type of 'self' in classes.")
LiteralString = _SpecialForm(_no_subscript, "LiteralString", "Represents an arbitrary literal string.")
TypeAlias = _SpecialForm(_no_subscript, "TypeAlias", "Special form for marking type aliases.")


def _single_item(name, allow_qualifiers=False):
    def getitem(self, parameters):
        item = _type_check(parameters, f"{self} accepts only single type.")
        return _GenericAlias(self, (item,))

    getitem.__name__ = name
    return getitem


ClassVar = _SpecialForm(_single_item("ClassVar"), "ClassVar")
Final = _SpecialForm(_single_item("Final"), "Final")
TypeGuard = _SpecialForm(_single_item("TypeGuard"), "TypeGuard")
Required = _SpecialForm(_single_item("Required"), "Required")
NotRequired = _SpecialForm(_single_item("NotRequired"), "NotRequired")
Unpack = _SpecialForm(_single_item("Unpack"), "Unpack")


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _deduplicate(_flatten_union(parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, tuple(parameters), name="Optional")
    return _UnionGenericAlias(self, tuple(parameters))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


Union = _SpecialForm(_union_getitem, "Union")
Optional = _SpecialForm(_optional_getitem, "Optional")


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    seen = []
    out = []
    for p in flat:
        key = (p, type(p))
        if key not in seen:
            seen.append(key)
            out.append(p)
    return _LiteralGenericAlias(self, tuple(out))


Literal = _SpecialForm(_literal_getitem, "Literal")


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec) and parameters[-1] is not ...:
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


Concatenate = _SpecialForm(_concatenate_getitem, "Concatenate")


# --- type variables ------------------------------------------------------------------------


class _BoundVarianceMixin:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


class TypeVar(_BoundVarianceMixin, _Final, _root=True):
    """Type variable: `T = TypeVar('T')`, with an optional bound or constraints."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__module__ = "__main__"

    def __typing_subst__(self, arg):
        msg = "Parameters to generic types must be types."
        return _type_check(arg, msg)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeVar' is not an acceptable base type")


class ParamSpecArgs(_Final, _root=True):
    """`P.args`."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))


class ParamSpecKwargs(_Final, _root=True):
    """`P.kwargs`."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))


class ParamSpec(_BoundVarianceMixin, _Final, _root=True):
    """Parameter specification variable: `P = ParamSpec('P')`."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__module__ = "__main__"

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        if arg is ... or isinstance(arg, (ParamSpec, _ConcatenateGenericAlias)):
            return arg
        raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arg!r}")

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpec")


Text = str


# --- generic aliases ------------------------------------------------------------------------


class _BaseGenericAlias(_Final, _root=True):
    """What subscription returns: an origin with arguments (`typing._BaseGenericAlias`)."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if "__origin__" in self.__dict__ and not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if attr.startswith("__") and attr.endswith("__") or attr in ("_name", "_inst", "_nparams", "_defaults"):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _GenericAlias(_BaseGenericAlias, _root=True):
    """`List[int]`, `ClassVar[int]`, `Box[int]`: an origin with its arguments."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if len(params) == 1 and isinstance(params[0], ParamSpec) and not (
            len(args) == 1 and (isinstance(args[0], (list, ParamSpec, _ConcatenateGenericAlias)) or args[0] is ...)
        ):
            args = (list(args),)
        if len(args) != len(params):
            raise TypeError(
                f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self};"
                f" actual {len(args)}, expected {len(params)}"
            )
        values = [p.__typing_subst__(a) for p, a in zip(params, args)]
        new_args = tuple(_tvar_subst(a, list(params), values) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f"{name}[{args}]"

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


class _TypingEllipsis:
    """Internal placeholder for `...` in argument lists."""


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """Unsubscripted `List`, `Dict`, `Iterable`...: isinstance checks against the origin."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self._defaults = defaults
        self.__module__ = "typing"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if self._defaults and len(params) < self._nparams and len(params) + len(self._defaults) >= self._nparams:
            params = (*params, *self._defaults[len(params) - self._nparams:])
        actual = len(params)
        if actual != self._nparams:
            if self._defaults:
                expected = f"at least {self._nparams - len(self._defaults)}"
            else:
                expected = str(self._nparams)
            if not self._nparams:
                raise TypeError(f"{self} is not a generic class")
            raise TypeError(
                f"Too {'many' if actual > self._nparams else 'few'} arguments for {self};"
                f" actual {actual}, expected {expected}"
            )
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableGenericAlias(_GenericAlias, _root=True):
    """`Callable[[int, str], bool]`: arguments flattened, the repr regroups them."""

    def __repr__(self):
        assert self._name == "Callable"
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], (ParamSpec, _ConcatenateGenericAlias))):
            return super().__repr__()
        return f"typing.Callable[[{', '.join(_type_repr(a) for a in args[:-1])}], {_type_repr(args[-1])}]"

    def copy_with(self, params):
        flat = []
        for p in params[:-1]:
            if isinstance(p, tuple):
                flat.extend(p)
            else:
                flat.append(p)
        return _CallableGenericAlias(self.__origin__, (*flat, params[-1]), name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    def __getitem_inner__(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is ...:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            return self.copy_with((args, result))
        msg = "Callable[[arg, ...], result]: each arg must be a type."
        args = tuple(_type_check(a, msg) for a in args)
        return self.copy_with((*args, result))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias, _root=True):
    """`Union[int, str]`; with `None` and one other, it prints as `Optional[...]`."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is _NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((a, type(a)) for a in self.__args__) == set((a, type(a)) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        return super().copy_with(params)


class _AnnotatedAlias(_GenericAlias, _root=True):
    """`Annotated[int, meta...]`: the origin is the type; `__metadata__` the rest."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name=None)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__)
        )

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {"__name__", "__qualname__"}:
            return "Annotated"
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: `Annotated[int, ValueRange(0, 10)]`."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) < 2:
            raise TypeError(
                "Annotated[...] should be used with at least two arguments (a type and an annotation)."
            )
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


_abc = collections.abc


def _alias(origin, nparams, name=None, inst=True, defaults=()):
    return _SpecialGenericAlias(origin, nparams, name=name, inst=inst, defaults=defaults)


Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2, name="Callable")
AbstractSet = _alias(_abc.Set, 1, name="AbstractSet")
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _alias(list, 1, inst=False, name="List")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name="Dict")
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name="Type")


# --- Generic and Protocol ------------------------------------------------------------------


def _generic_class_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_check(p, "Parameters to generic types must be types.") if not _is_param(p) else p
                   for p in params)
    if cls in (Generic, Protocol):
        if not params:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if not all(_is_param(p) for p in params):
            raise TypeError(
                f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables."
            )
        if len(set(params)) != len(params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params)
    expected = cls.__dict__.get("__parameters__", ())
    if not expected:
        raise TypeError(f"{cls} is not a generic class")
    if len(expected) == 1 and isinstance(expected[0], ParamSpec) and not (
        len(params) == 1 and (isinstance(params[0], (list, ParamSpec, _ConcatenateGenericAlias)) or params[0] is ...)
    ):
        params = (list(params),)
    if len(params) != len(expected):
        raise TypeError(
            f"Too {'many' if len(params) > len(expected) else 'few'} arguments for {cls};"
            f" actual {len(params)}, expected {len(expected)}"
        )
    params = tuple(p.__typing_subst__(a) for p, a in zip(expected, params))
    return _GenericAlias(cls, params)


def _generic_init_subclass(cls, *args, **kwargs):
    tvars = []
    if "__orig_bases__" in cls.__dict__:
        error = Generic in cls.__orig_bases__
    else:
        error = Generic in cls.__bases__ and cls.__name__ != "Protocol" and type(cls) != _TypedDictMeta
    if error:
        raise TypeError("Cannot inherit from plain Generic")
    if "__orig_bases__" in cls.__dict__:
        tvars = _collect_parameters(cls.__orig_bases__)
        gvars = None
        for base in cls.__orig_bases__:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                gvars = base.__parameters__
        if gvars is not None:
            tvarset = set(tvars)
            gvarset = set(gvars)
            if not tvarset <= gvarset:
                s_vars = ", ".join(str(t) for t in tvars if t not in gvarset)
                s_args = ", ".join(str(g) for g in gvars)
                raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
            tvars = gvars
    cls.__parameters__ = tuple(tvars)


class Generic:
    """Abstract base class for generic types: `class Box(Generic[T])`."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        _generic_init_subclass(cls)


_TYPING_INTERNALS = frozenset({
    "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol", "_is_runtime_protocol",
    "__protocol_attrs__", "__callable_proto_members_only__", "__type_params__",
})

_SPECIAL_NAMES = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
    "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
    # ophis keeps these in a class's namespace too
    "__qualname__", "__classcell__", "__firstlineno__", "__static_attributes__",
})

_EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS | _SPECIAL_NAMES | {"_MutableMapping__marker"}

_PROTO_ALLOWLIST = {
    "collections.abc": [
        "Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable", "Hashable", "Sized",
        "Container", "Collection", "Reversible", "Buffer", "AsyncIterator",
    ],
    "contextlib": ["AbstractContextManager", "AbstractAsyncContextManager"],
}


def _get_protocol_attrs(cls):
    """The members a protocol requires: everything its protocol bases define or annotate."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {"Protocol", "Generic"}:
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith("_abc_") and attr not in _EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


_sentinel = object()


def _getattr_static(obj, attr):
    """`inspect.getattr_static` for protocol checks: the instance dict, then the class MRO."""
    d = None
    try:
        d = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        pass
    if d is not None and attr in d:
        return d[attr]
    for base in type(obj).__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    raise AttributeError(attr)


class _ProtocolMeta(ABCMeta):
    """The metaclass of protocols: structural `isinstance`/`issubclass` checks."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        if name == "Protocol" and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if not (
                    base in {object, Generic}
                    or base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, [])
                    or (issubclass(base, Generic) and getattr(base, "_is_protocol", False))
                ):
                    raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, "_is_protocol", False):
            cls.__protocol_attrs__ = _get_protocol_attrs(cls)
            # PEP 544 prohibits issubclass() with protocols that have non-method members.
            cls.__callable_proto_members_only__ = all(
                callable(getattr(cls, attr, None)) for attr in cls.__protocol_attrs__
            )

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, "_is_protocol", False):
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            if not cls.__callable_proto_members_only__ and cls.__dict__.get("__subclasshook__") is _proto_hook_fn:
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        return super().__subclasscheck__(other)

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_protocol", False):
            return super().__instancecheck__(instance)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if super().__instancecheck__(instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = _getattr_static(instance, attr)
            except AttributeError:
                break
            if val is None and callable(getattr(cls, attr, None)):
                break
        else:
            return True
        return False


def _proto_hook(cls, other):
    """A protocol's `__subclasshook__`: does `other` define every member?"""
    if not cls.__dict__.get("_is_protocol", False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = base.__dict__.get("__annotations__", {})
            if attr in annotations and issubclass(other, Generic) and getattr(other, "_is_protocol", False):
                break
        else:
            return NotImplemented
    return True


_proto_hook_fn = classmethod(_proto_hook)


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")
    # A concrete class inheriting a protocol's placeholder `__init__`: use the next real one.
    for base in cls.__mro__:
        init = base.__dict__.get("__init__", _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping, PEP 544)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook_fn
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Mark a protocol class as one `isinstance`/`issubclass` may check."""
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""

    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""

    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""

    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""

    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__."""

    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    """An ABC with one abstract method __round__."""

    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex, SupportsAbs, SupportsRound):
    runtime_checkable(_p)

ContextManager = _alias(contextlib.AbstractContextManager, 1, name="ContextManager")
AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 1, name="AsyncContextManager")


# --- NamedTuple ------------------------------------------------------------------------------


class _FieldGetter:
    """The property of one named-tuple field (CPython's `_tuplegetter`)."""

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return tuple.__getitem__(obj, self.index)

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")


def _make_nmtuple(name, fields, types, defaults, module):
    """A tuple subclass with named fields (`collections.namedtuple`'s behaviour)."""
    fields = tuple(fields)
    for f in fields:
        if f.startswith("_"):
            raise ValueError(f"Field names cannot start with an underscore: {f!r}")
    if len(set(fields)) != len(fields):
        for i, f in enumerate(fields):
            if f in fields[:i]:
                raise ValueError(f"Encountered duplicate field name: {f!r}")
    defaults = tuple(defaults)
    nfields = len(fields)
    first_default = nfields - len(defaults)
    field_defaults = {fields[first_default + i]: d for i, d in enumerate(defaults)}

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            if defaults:
                takes = f"from {first_default + 1} to {nfields + 1} positional arguments"
            else:
                takes = f"{nfields + 1} positional argument{'s' if nfields else ''}"
            raise TypeError(f"{name}.__new__() takes {takes} but {len(args) + 1} were given")
        values = list(args)
        for k in kwargs:
            if k not in fields:
                raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{k}'")
            if fields.index(k) < len(args):
                raise TypeError(f"{name}.__new__() got multiple values for argument '{k}'")
        missing = []
        for i in range(len(args), nfields):
            f = fields[i]
            if f in kwargs:
                values.append(kwargs[f])
            elif f in field_defaults:
                values.append(field_defaults[f])
            else:
                missing.append(f)
        if missing:
            if len(missing) == 1:
                listed = f"'{missing[0]}'"
            else:
                listed = ", ".join(f"'{m}'" for m in missing[:-1]) + f" and '{missing[-1]}'"
            raise TypeError(
                f"{name}.__new__() missing {len(missing)} required positional"
                f" argument{'s' if len(missing) > 1 else ''}: {listed}"
            )
        return tuple.__new__(cls, values)

    def __repr__(self):
        return self.__class__.__name__ + "(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(fields, self)]
        if kwargs:
            raise ValueError(f"Got unexpected field names: {list(kwargs)!r}")
        return tuple.__new__(type(self), values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != nfields:
            raise TypeError(f"Expected {nfields} arguments, got {len(values)}")
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    __new__.__qualname__ = f"{name}.__new__"
    ns = {
        "__doc__": f"{name}({', '.join(fields)})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": classmethod(_make),
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
        "__module__": module,
        "__annotations__": dict(types),
    }
    for i, f in enumerate(fields):
        ns[f] = _FieldGetter(i, f"Alias for field number {i}")
    return type(name, (tuple,), ns)


_prohibited = frozenset({
    "__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make",
    "_replace", "_asdict", "_source",
})
_special = frozenset({"__module__", "__name__", "__annotations__", "__qualname__", "__classcell__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(
                    f"Non-default namedtuple field {field_name} cannot follow default"
                    f" field{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}"
                )
        nm_tpl = _make_nmtuple(
            typename, list(types), types.items(), [ns[n] for n in default_names], ns.get("__module__", "__main__")
        )
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        return nm_tpl


_NamedTuple = type.__new__(NamedTupleMeta, "_NamedTuple", (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: `class P(NamedTuple): x: int` or `NamedTuple('P', [...])`."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    fields = list(fields)
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in fields}
    return _make_nmtuple(typename, [n for n, _ in fields], types.items(), (), "__main__")


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# --- TypedDict ------------------------------------------------------------------------------


def _strip_qualifier(tp):
    """(required?, the type without Required/NotRequired), None for unqualified."""
    if isinstance(tp, _GenericAlias) and tp.__origin__ is Required:
        return True
    if isinstance(tp, _GenericAlias) and tp.__origin__ is NotRequired:
        return False
    return None


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        generic_base = (Generic,) if any(b is Generic for b in bases) else ()
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        own = ns.get("__annotations__", {})
        annotations = {}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg) for n, tp in own.items()}
        annotations.update(own)
        for key, tp in own.items():
            q = _strip_qualifier(tp)
            if q is True or (q is None and total):
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys: `class Movie(TypedDict): title: str`."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Is `tp` a TypedDict class?"""
    return isinstance(tp, _TypedDictMeta)


# --- NewType ----------------------------------------------------------------------------------


class NewType:
    """`UserId = NewType('UserId', int)`: a callable that returns its argument."""

    __call__ = lambda self, x: x

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`"
                )

        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


# --- functions --------------------------------------------------------------------------------


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm `val` has type `typ`; returns `val`."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print the run-time type of `obj` to stderr and return it."""
    import sys

    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed."
    )


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods (the last, undecorated one is called)."""
    f = getattr(func, "__func__", func)
    _overload_registry.setdefault(f.__qualname__, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The overloads registered for `func` (by qualified name)."""
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get(f.__qualname__, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Mark a method or class final; sets `__final__`."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Mark a method as overriding one in a base class; sets `__override__`."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Decorator: annotations on this function or class are not type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if isinstance(obj, _FunctionType) and obj.__qualname__.startswith(arg.__qualname__ + "."):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make `decorator` give its results `no_type_check`."""

    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func

    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Mark a decorator, class or metaclass as dataclass-like (for static checkers)."""

    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "frozen_default": frozen_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn

    return decorator


def get_origin(tp):
    """The unsubscripted version of a type: `get_origin(List[int]) is list`."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The type arguments, with `Callable`'s argument list as a list: `([int], str)`."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if _should_unflatten_callable_args(tp, res):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _should_unflatten_callable_args(typ, args):
    return typ.__origin__ is collections.abc.Callable and not (
        len(args) == 2 and (args[0] is ... or isinstance(args[0], (ParamSpec, _ConcatenateGenericAlias)))
    )


class ForwardRef(_Final, _root=True):
    """A string annotation, resolved by `get_type_hints`."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return _eval_annotation(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ""
        else:
            module_repr = f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module_repr})"


# --- evaluating string annotations ------------------------------------------------------------


_BUILTIN_TYPES = {
    t.__name__: t
    for t in (int, float, complex, bool, str, bytes, bytearray, memoryview, list, tuple, dict, set,
              frozenset, type, object, range, slice, BaseException, Exception)
}


def _tokenize(s):
    tokens = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in " \t\n":
            i += 1
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (s[j].isalnum() or s[j] == "_"):
                j += 1
            tokens.append(("name", s[i:j]))
            i = j
        elif c.isdigit() or (c == "-" and i + 1 < n and s[i + 1].isdigit()):
            j = i + 1
            while j < n and s[j].isdigit():
                j += 1
            tokens.append(("int", int(s[i:j])))
            i = j
        elif c in "'\"":
            j = s.find(c, i + 1)
            if j < 0:
                raise SyntaxError(f"unterminated string literal in annotation {s!r}")
            tokens.append(("str", s[i + 1:j]))
            i = j + 1
        elif s.startswith("...", i):
            tokens.append(("op", "..."))
            i += 3
        elif c in "[](),.|":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"ophis cannot evaluate the annotation {s!r} (no eval)")
    return tokens


class _AnnotationParser:
    """A recursive-descent evaluator of annotation expressions: names, attributes,
    subscripts, tuples, lists, `|`, `None`, `...`, int and string literals."""

    def __init__(self, text, globalns, localns):
        self.text = text
        self.tokens = _tokenize(text)
        self.pos = 0
        self.globalns = globalns
        self.localns = localns

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self, value=None):
        tok = self.peek()
        if tok[0] is None or (value is not None and tok[1] != value):
            raise SyntaxError(f"invalid annotation {self.text!r}")
        self.pos += 1
        return tok

    def lookup(self, name):
        if name in self.localns:
            return self.localns[name]
        if name in self.globalns:
            return self.globalns[name]
        if name in _BUILTIN_TYPES:
            return _BUILTIN_TYPES[name]
        raise NameError(f"name '{name}' is not defined")

    def parse(self):
        v = self.union()
        if self.pos != len(self.tokens):
            raise SyntaxError(f"invalid annotation {self.text!r}")
        return v

    def union(self):
        v = self.primary()
        while self.peek() == ("op", "|"):
            self.take()
            v = v | self.primary()
        return v

    def elements(self, close):
        items = []
        while self.peek() != ("op", close):
            items.append(self.union())
            if self.peek() == ("op", ","):
                self.take()
            else:
                break
        self.take(close)
        return items

    def primary(self):
        kind, value = self.take()
        if kind == "name":
            if value == "None":
                v = None
            elif value == "True":
                v = True
            elif value == "False":
                v = False
            else:
                v = self.lookup(value)
        elif kind in ("int", "str"):
            v = value
        elif value == "...":
            v = ...
        elif value == "[":
            v = self.elements("]")
        elif value == "(":
            items = self.elements(")")
            v = items[0] if len(items) == 1 else tuple(items)
        else:
            raise SyntaxError(f"invalid annotation {self.text!r}")
        while True:
            tok = self.peek()
            if tok == ("op", "."):
                self.take()
                v = getattr(v, self.take()[1])
            elif tok == ("op", "["):
                self.take()
                items = self.elements("]")
                v = v[items[0] if len(items) == 1 else tuple(items)]
            else:
                return v


def _eval_annotation(text, globalns, localns):
    value = _AnnotationParser(text, globalns or {}, localns or {}).parse()
    if isinstance(value, str):
        return _eval_annotation(value, globalns, localns)
    return value


def _eval_hint(tp, globalns, localns):
    if tp is None:
        return _NoneType
    if isinstance(tp, str):
        return _eval_hint(_eval_annotation(tp, globalns, localns), globalns, localns)
    if isinstance(tp, ForwardRef):
        return _eval_hint(tp._evaluate(globalns, localns), globalns, localns)
    if isinstance(tp, _AnnotatedAlias):
        return _AnnotatedAlias(_eval_hint(tp.__origin__, globalns, localns), tp.__metadata__)
    if isinstance(tp, _LiteralGenericAlias):
        return tp
    if isinstance(tp, _GenericAlias) and any(isinstance(a, (str, ForwardRef)) for a in tp.__args__):
        args = tuple(_eval_hint(a, globalns, localns) for a in tp.__args__)
        if isinstance(tp, _UnionGenericAlias):
            return Union[args]
        return tp.copy_with(args)
    return tp


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[stripped]
        return t.copy_with(stripped)
    return t


def _module_namespace(name):
    import sys

    m = sys.modules.get(name)
    return m.__dict__ if m is not None else {}


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with strings resolved, `None` as
    `NoneType`, and (unless `include_extras`) `Annotated` stripped."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            if not ann:
                continue
            base_globals = globalns if globalns is not None else _module_namespace(base.__module__)
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
    else:
        if globalns is None:
            if hasattr(obj, "__dict__") and type(obj).__name__ == "module":
                globalns = obj.__dict__
            else:
                nsobj = obj
                while hasattr(nsobj, "__wrapped__"):
                    nsobj = nsobj.__wrapped__
                globalns = _module_namespace(getattr(nsobj, "__module__", "__main__"))
        if localns is None:
            localns = globalns
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
        for name, value in ann.items():
            hints[name] = _eval_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"
