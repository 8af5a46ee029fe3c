"""itertools: functions creating iterators for efficient looping.

ophis's standard library, compiled with the program that imports it, after CPython 3.12's
Modules/itertoolsmodule.c: the same laziness (arguments are turned into iterators when the
tool is called, items are drawn only when asked), the same argument errors and the same reprs
for `count` and `repeat`.

The tools whose per-item cost matters most (`count`, `repeat`, `cycle`, `zip_longest` and
the combinatoric ones) are Rust types named as CPython's, in the built-in module
`_itertools` (runtime/src/stdlib/itertools.rs). The others here are a small checking function
returning a generator (generators are ophis's fastest Python-level iterators), or classes
where state is shared (`groupby`, `tee`). A generator's type is `generator`, where CPython's
is a type named after the tool (`type(chain()).__name__ == 'chain'`).
"""

__all__ = [
    "count", "cycle", "repeat", "accumulate", "batched", "chain", "compress", "dropwhile",
    "filterfalse", "groupby", "islice", "pairwise", "starmap", "takewhile", "tee",
    "zip_longest", "product", "permutations", "combinations", "combinations_with_replacement",
]

from _itertools import count, repeat, cycle, zip_longest
from _itertools import product, permutations, combinations, combinations_with_replacement

_MAXSIZE = 9223372036854775807

# "No value", where CPython's C code holds NULL.
_NULL = object()


# --- iterators terminating on the shortest input ----------------------------------------


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


def accumulate(iterable=_NULL, func=None, *, initial=None):
    """accumulate(iterable[, func, *, initial]): running totals (or results of func)."""
    if iterable is _NULL:
        raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
    return _accumulate(iter(iterable), func, initial)


def _batched(it, n):
    while True:
        batch = []
        for x in it:
            batch.append(x)
            if len(batch) == n:
                break
        if not batch:
            return
        yield tuple(batch)
        if len(batch) < n:
            return


def batched(iterable, n):
    """batched(iterable, n): tuples of n items, the last one possibly shorter."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 1:
        raise ValueError("n must be at least one")
    return _batched(iter(iterable), n)


def _chain(iterables):
    for it in iterables:
        for x in it:
            yield x


def chain(*iterables):
    """chain(*iterables): the items of the first iterable, then of the next, ..."""
    return _chain(iterables)


def _chain_from_iterable(*args):
    if len(args) != 1:
        raise TypeError("chain.from_iterable() takes exactly one argument (%d given)" % len(args))
    return _chain(iter(args[0]))


chain.from_iterable = _chain_from_iterable


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """compress(data, selectors): the items of data whose selector is true."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable, /):
    """dropwhile(predicate, iterable): skip items while predicate is true, then the rest."""
    return _dropwhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None or predicate is bool:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(function, iterable, /):
    """filterfalse(function or None, iterable): the items for which function is false."""
    return _filterfalse(function, iter(iterable))


class _grouper:
    """One group of a `groupby`: valid until the groupby moves on."""

    __slots__ = ("_parent", "_tgtkey")

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _NULL:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration
        r = gb._currvalue
        gb._currvalue = _NULL
        return r


_grouper.__module__ = "itertools"


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of items with equal keys."""

    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_currgrouper")

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None

    def _step(self):
        # Raises StopIteration at the end of the input.
        value = next(self._it)
        f = self._keyfunc
        self._currkey = value if f is None else f(value)
        self._currvalue = value

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        # Skip to the next group.
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


groupby.__module__ = "itertools"


def _islice(it, start, stop, step):
    i = 0
    nxt = start
    while True:
        # Skip to the next index to yield.
        while i < nxt:
            for x in it:
                break
            else:
                return
            i += 1
        if stop is not None and i >= stop:
            return
        for x in it:
            break
        else:
            return
        i += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield x


_STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def _ssize(x):
    """`PyNumber_AsSsize_t(x, OverflowError)`, with -1 for any failure, as islice reads it."""
    if not isinstance(x, int):
        index = getattr(type(x), "__index__", None)
        if index is None:
            return -1
        try:
            x = index(x)
        except Exception:
            return -1
    if x < -_MAXSIZE - 1 or x > _MAXSIZE:
        return -1
    return int(x)


def islice(*args, **kwargs):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): a lazy slice."""
    if kwargs:
        raise TypeError("islice() takes no keyword arguments")
    n = len(args)
    if n < 2:
        raise TypeError("islice expected at least 2 arguments, got %d" % n)
    if n > 4:
        raise TypeError("islice expected at most 4 arguments, got %d" % n)
    start = 0
    step = 1
    stop = None
    a_stop = args[1] if n == 2 else args[2]
    if n > 2 and args[1] is not None:
        start = _ssize(args[1])
    if a_stop is not None:
        stop = _ssize(a_stop)
        if stop == -1:
            raise ValueError(_STOP_MSG)
    if start < 0 or (stop is not None and stop < -1):
        raise ValueError(_INDEX_MSG)
    if n == 4 and args[3] is not None:
        step = _ssize(args[3])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(args[0]), start, stop, step)


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable, /):
    """pairwise(iterable): overlapping pairs (s0, s1), (s1, s2), ..."""
    return _pairwise(iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable, /):
    """starmap(function, iterable): function(*args) for each args of iterable."""
    return _starmap(function, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def takewhile(predicate, iterable, /):
    """takewhile(predicate, iterable): the items while predicate is true."""
    return _takewhile(predicate, iter(iterable))


class _tee_link:
    """A cell of the buffer a `tee`'s iterators share: an item and the next cell."""

    __slots__ = ("value", "next")

    def __init__(self):
        self.next = None


class _tee:
    """One iterator of a `tee`: walks the shared buffer, extending it from the source."""

    __slots__ = ("_it", "_link")

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link.next
        if nxt is None:
            value = next(self._it)
            nxt = _tee_link()
            nxt.value = value
            # Another tee may have filled it while the source ran.
            if link.next is None:
                link.next = nxt
            else:
                nxt = link.next
        self._link = nxt
        return nxt.value

    def __copy__(self):
        return _tee(self._it, self._link)


_tee.__module__ = "itertools"


def tee(iterable, n=2, /):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(type(it), "__copy__", None)
    if copier is not None and type(it) is _tee:
        first = it
    else:
        first = _tee(it, _tee_link())
    result = [first]
    for i in range(n - 1):
        result.append(_tee(first._it, first._link))
    return tuple(result)
