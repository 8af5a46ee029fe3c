"""copy: shallow and deep copy operations.

ophis's standard library, compiled with the program that imports it, after CPython 3.12's
Lib/copy.py: per-type dispatch for the built-in types, `__copy__` / `__deepcopy__`, the memo
(shared objects and cycles copied once), and `__reduce_ex__` / `__reduce__` with
`_reconstruct` when a class defines them.

ophis has no pickle protocol on `object`, so where CPython would call `object.__reduce_ex__(4)`
this module does what that protocol does for an instance of a class: a new object from
`cls.__new__(cls, *x.__getnewargs__())`, its state (`__getstate__()`, else a copy of its
`__dict__` and its `__slots__` values) and, for list and dict subclasses, their items. A
built-in type with no copier raises CPython's `TypeError: cannot pickle 'T' object`.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # backward compatibility

Error.__module__ = "copy"


def _is_class_instance(x):
    """Is `x` an instance of a class (not of a built-in type)?"""
    return hasattr(type(x), "__dict__") and type(x).__module__ != "builtins"


def _own_attr(cls, name):
    """`name` looked up on `cls`'s MRO, skipping `object` (which has no pickle methods here)."""
    for base in cls.__mro__:
        if base is object:
            return None
        d = base.__dict__
        if name in d:
            return d[name]
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    if rv is None:
        return _default_reconstruct(x, cls, None)
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range,
          slice, property, type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0)):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t


def _reduce(x, cls):
    """The class's own `__reduce_ex__(4)` / `__reduce__()`, or None for the default protocol."""
    reductor = _own_attr(cls, "__reduce_ex__")
    if reductor is not None:
        return reductor(x, 4)
    reductor = _own_attr(cls, "__reduce__")
    if reductor is not None:
        return reductor(x)
    if not _is_class_instance(x):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    return None


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = x
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                elif rv is None:
                    y = _default_reconstruct(x, cls, memo)
                else:
                    y = _reconstruct(x, memo, *rv)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), int, float, bool, complex, str, bytes, type, range, slice, property,
          type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0)):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # CPython reduces a set to (set, (list_of_items,)): the items are copied first.
    items = deepcopy(list(x), memo)
    return type(x)(items)


d[set] = _deepcopy_set
d[frozenset] = _deepcopy_set


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


d[bytearray] = _deepcopy_bytearray

del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _default_state(x, cls):
    """What `object.__reduce_ex__(4)` saves: `__getstate__()`, else `__dict__` and slots."""
    getstate = _own_attr(cls, "__getstate__")
    if getstate is not None:
        return getstate(x)
    state = None
    try:
        dct = x.__dict__
    except AttributeError:
        dct = None
    if dct:
        state = dct
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _default_reconstruct(x, cls, memo):
    """A copy of an instance of a class, as `copyreg.__reduce_ex__` and `_reconstruct` make it."""
    getnewargs = getattr(x, "__getnewargs__", None)
    args = getnewargs() if getnewargs is not None else ()
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    state = _default_state(x, cls)
    if isinstance(x, list):
        listiter = iter(x)
    else:
        listiter = None
    if isinstance(x, dict):
        dictiter = iter(dict.items(x))
    else:
        dictiter = None
    return _finish(y, memo, state, listiter, dictiter)


def _finish(y, memo, state, listiter, dictiter):
    deep = memo is not None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    return _finish(y, memo, state, listiter, dictiter)
