"""inspect: information about live objects (functions, classes, generators).

ophis's standard library, compiled with the program that imports it. `signature` and its
`Signature`/`Parameter`/`BoundArguments` follow CPython 3.12's Lib/inspect.py (strings,
binding rules and messages; the code is ophis's own), built from what a compiled function
exposes: `__code__` (`co_argcount`, `co_posonlyargcount`, `co_kwonlyargcount`,
`co_varnames`, `co_flags`), `__defaults__`, `__kwdefaults__` and `__annotations__`.

Differences from CPython, all reported rather than faked: built-in functions have no text
signatures (`signature(len)` raises `ValueError`); `Signature.parameters` is a plain dict
rather than a mappingproxy; `getsource` raises `OSError` (an executable does not carry its
source); there are no frame objects, so `getgeneratorstate` asks the generator itself.
"""

import sys
from functools import partial as _partial

__all__ = [
    "Parameter", "Signature", "BoundArguments", "signature", "isfunction", "ismethod", "isclass",
    "isgeneratorfunction", "iscoroutinefunction", "isasyncgenfunction", "isgenerator",
    "iscoroutine", "isawaitable", "isbuiltin", "isroutine", "ismodule", "iscode",
    "ismethoddescriptor", "isdatadescriptor", "isabstract", "getmembers", "getmro", "getdoc",
    "cleandoc", "getfile", "getsourcefile", "getsource", "getmodule", "getgeneratorstate",
    "unwrap", "formatannotation", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED",
    "CO_GENERATOR", "CO_COROUTINE", "CO_ASYNC_GENERATOR", "CO_VARARGS", "CO_VARKEYWORDS",
]

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def _f():
    pass


def _g():
    yield


class _C:
    def _m(self):
        pass


_FunctionType = type(_f)
_GeneratorType = type(_g())
_MethodType = type(_C()._m)
_BuiltinFunctionType = type(len)
_BuiltinMethodType = type([].append)
_CodeType = type(_f.__code__)
_ModuleType = type(sys)
_PartialType = type(_partial(len))
del _f, _g, _C


# --- predicates -------------------------------------------------------------------------------


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method (bound to an object)."""
    return isinstance(object, _MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, _FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while type(f) is _PartialType:
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (`async def`)."""
    return _has_code_flag(obj, CO_COROUTINE) or getattr(obj, "_is_coroutine_marker", None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Mark a function as a coroutine function for `iscoroutinefunction`."""
    if hasattr(func, "__func__"):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return type(object).__name__ == "coroutine"


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return type(object).__name__ == "async_generator"


def isawaitable(object):
    """Return true if the object can be used in an `await` expression."""
    return iscoroutine(object) or hasattr(type(object), "__await__")


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, _CodeType)


def isframe(object):
    """Return true if the object is a frame object (ophis has none)."""
    return False


def istraceback(object):
    """Return true if the object is a traceback."""
    return type(object).__name__ == "traceback"


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, (_BuiltinFunctionType, _BuiltinMethodType))


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has `__get__` but not `__set__`)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (has `__set__` or `__delete__`)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def isabstract(object):
    """Return true if the object is an abstract base class with abstract methods left."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, "__abstractmethods__", ()))


# --- members, mro, docs, files ------------------------------------------------------------------


def getmembers(object, predicate=None):
    """All `(name, value)` members of an object, sorted by name, optionally filtered."""
    results = []
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        for base in object.__bases__:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    """The class's method resolution order, as a tuple."""
    return cls.__mro__


def cleandoc(doc):
    """Clean up indentation from a docstring: tabs expanded, the common indentation of the
    second and later lines removed, blank lines at both ends dropped."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    """The object's docstring, cleaned; a class or method without one inherits its base's."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(object):
        for base in object.__mro__[1:]:
            if base is object:
                break
            if base.__doc__ is not None:
                doc = base.__doc__
                break
    elif doc is None and (ismethod(object) or isfunction(object)):
        name = object.__name__
        cls = getattr(object, "__self__", None)
        if cls is not None and not isclass(cls):
            cls = type(cls)
        if cls is not None:
            for base in cls.__mro__[1:]:
                meth = base.__dict__.get(name)
                if meth is not None and getattr(meth, "__doc__", None) is not None:
                    doc = meth.__doc__
                    break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if name is None:
        return None
    return sys.modules.get(name)


def getfile(object):
    """The name of the file in which an object was defined."""
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        if hasattr(object, "__module__"):
            module = sys.modules.get(object.__module__)
            if getattr(module, "__file__", None):
                return module.__file__
            if object.__module__ == "__main__":
                raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if isgenerator(object):
        object = object.gi_code
    if iscode(object):
        return object.co_filename
    raise TypeError(
        "module, class, method, function, traceback, frame, or code object was expected, got {}".format(
            type(object).__name__
        )
    )


def getsourcefile(object):
    """The file name of an object's source (ophis: the file it was compiled from)."""
    return getfile(object)


def getsource(object):
    """ophis executables do not carry source text: always `OSError`, as CPython raises when
    the source cannot be found."""
    getfile(object)
    raise OSError("could not get source code")


def getsourcelines(object):
    """See `getsource`."""
    getsource(object)


def unwrap(func, *, stop=None):
    """Follow the chain of `__wrapped__` attributes (set by `functools.wraps`)."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, "__wrapped__"):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError("wrapper loop when unwrapping {!r}".format(f))
        memo[id_func] = func
    return func


def getgeneratorstate(generator):
    """The generator's state: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return generator._ophis_state


# --- signatures -------------------------------------------------------------------------------


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(int):
    """The kind of a parameter: an int with a name and a description (an IntEnum in CPython)."""

    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __str__(self):
        return self._name_

    def __repr__(self):
        return f"<_ParameterKind.{self._name_}: {int(self)}>"

    def __hash__(self):
        return int.__hash__(self)


_POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
_VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
_KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
_VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)


def _strip_typing_prefix(text):
    """Remove `typing.` from the front of every dotted name in `text`."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isalnum() or c == "_" or c == ".":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_" or text[j] == "."):
                j += 1
            word = text[i:j]
            if word.startswith("typing."):
                word = word[len("typing."):]
            out.append(word)
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def formatannotation(annotation, base_module=None):
    """How an annotation appears in a signature."""
    if getattr(annotation, "__module__", None) == "typing":
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, type(list[int])):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: name, kind, default and annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        self._kind = _KINDS[kind]
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if name[0] == "." and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(
                    f"implicit arguments must be passed as positional or keyword arguments, "
                    f"not {self._kind.description}"
                )
            self._kind = _POSITIONAL_ONLY
            name = "implicit{}".format(name[1:])
        if not name.isidentifier() or name in _KEYWORDS:
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with some fields changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (
            self._name == other._name
            and self._kind == other._kind
            and self._default == other._default
            and self._annotation == other._annotation
        )


_KEYWORDS = frozenset({
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
})


class BoundArguments:
    """The result of `Signature.bind`: parameter names mapped to argument values."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(arg)
                else:
                    args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                else:
                    if param_name not in self.arguments:
                        kwargs_started = True
                        continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Fill in the defaults of missing arguments (`()` for *args, `{}` for **kwargs)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append("{}={!r}".format(arg, value))
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """A callable's parameters and return annotation."""

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = "wrong parameter order: {} parameter before {} parameter"
                    msg = msg.format(top_kind.description, kind.description)
                    raise ValueError(msg)
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            msg = "non-default argument follows default argument"
                            raise ValueError(msg)
                    else:
                        seen_default = True
                if name in params:
                    msg = "duplicate parameter name: {!r}".format(name)
                    raise ValueError(msg)
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._parameters = params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of any callable."""
        return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapped, sigcls=cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with its parameters or return annotation replaced."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values() if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self.parameters.values())
        pos = 0
        parameters_ex = []
        ai = 0
        while True:
            if ai >= len(args):
                if pos >= len(params):
                    break
                param = params[pos]
                pos += 1
                if param.kind == _VAR_POSITIONAL:
                    break
                elif param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        msg = "{arg!r} parameter is positional only, but was passed as a keyword"
                        raise TypeError(msg.format(arg=param.name))
                    parameters_ex = [param]
                    break
                elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                    parameters_ex = [param]
                    break
                else:
                    if partial:
                        parameters_ex = [param]
                        break
                    argtype = " keyword-only" if param.kind == _KEYWORD_ONLY else ""
                    msg = "missing a required{argtype} argument: {arg!r}"
                    raise TypeError(msg.format(arg=param.name, argtype=argtype))
            else:
                arg_val = args[ai]
                ai += 1
                if pos >= len(params):
                    raise TypeError("too many positional arguments")
                param = params[pos]
                pos += 1
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError("too many positional arguments")
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = tuple(args[ai - 1:])
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError("multiple values for argument {arg!r}".format(arg=param.name))
                arguments[param.name] = arg_val

        kwargs_param = None
        for param in parameters_ex + params[pos:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            if param_name in kwargs:
                arg_val = kwargs.pop(param_name)
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(
                        "{arg!r} parameter is positional only, but was passed as a keyword".format(arg=param.name)
                    )
                arguments[param_name] = arg_val
            elif not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
                raise TypeError("missing a required argument: {arg!r}".format(arg=param_name))

        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument {arg!r}".format(arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map `args` and `kwargs` to the parameters; `TypeError` if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As `bind`, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += " -> {}".format(anno)
        return rendered


def _signature_from_function(cls, func):
    """A function's signature from its code object, defaults and annotations."""
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = func.__annotations__
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0

    parameters = []
    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count
    for name in positional[:non_default_count]:
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind))
        if posonly_left:
            posonly_left -= 1
    for offset, name in enumerate(positional[non_default_count:]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind, default=defaults[offset]))
        if posonly_left:
            posonly_left -= 1
    if code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_POSITIONAL))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_KEYWORD_ONLY, default=default))
    if code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_KEYWORD))
    return cls(parameters, return_annotation=annotations.get("return", _empty), __validate_parameters__=False)


def _signature_bound_method(sig):
    """Drop the first parameter (bound to `self`)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError("invalid argument type")
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial):
    """The signature left after `functools.partial` fixed some arguments."""
    old_params = wrapped_sig.parameters
    new_params = dict(old_params)
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial)) from ex
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            assert param.kind is not _POSITIONAL_ONLY
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                new_params[param_name] = new_params.pop(param_name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params[param_name] = new_params.pop(param_name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param.name)
    return wrapped_sig.replace(parameters=new_params.values())


def _user_method(cls, name):
    """`name` as defined in Python by `cls` or a base other than `object`/`type`, or None."""
    for base in cls.__mro__:
        if base is object or base is type:
            return None
        if name in base.__dict__:
            meth = base.__dict__[name]
            if isinstance(meth, (staticmethod, classmethod)):
                meth = meth.__func__
            if isfunction(meth) or hasattr(meth, "__signature__"):
                return meth
            return None
    return None


def _signature_from_callable(obj, *, follow_wrapper_chains=True, sigcls=Signature):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, _MethodType):
        sig = _signature_from_callable(obj.__func__, follow_wrapper_chains=follow_wrapper_chains, sigcls=sigcls)
        return _signature_bound_method(sig)
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, _MethodType):
            return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapper_chains, sigcls=sigcls)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
            return sig
    if type(obj) is _PartialType:
        wrapped_sig = _signature_from_callable(obj.func, follow_wrapper_chains=follow_wrapper_chains, sigcls=sigcls)
        return _signature_get_partial(wrapped_sig, obj)
    if isfunction(obj):
        return _signature_from_function(sigcls, obj)
    if isbuiltin(obj):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    if isinstance(obj, type):
        call = _user_method(type(obj), "__call__")
        if call is not None:
            return _signature_bound_method(_signature_from_callable(call, sigcls=sigcls))
        new = _user_method(obj, "__new__")
        init = _user_method(obj, "__init__")
        for base in obj.__mro__:
            if new is not None and "__new__" in base.__dict__:
                return _signature_bound_method(_signature_from_callable(new, sigcls=sigcls))
            if init is not None and "__init__" in base.__dict__:
                return _signature_bound_method(_signature_from_callable(init, sigcls=sigcls))
        if type not in obj.__mro__ and all(
            b.__module__ != "builtins" or b is object for b in obj.__mro__
        ):
            return sigcls()
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    call = _user_method(type(obj), "__call__")
    if call is not None:
        return _signature_bound_method(_signature_from_callable(call, sigcls=sigcls))
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)
