"""itertools: functions creating iterators for efficient looping.

ophis's standard library, compiled with the program that imports it, after CPython 3.12's
Modules/itertoolsmodule.c: the same laziness (arguments are turned into iterators when the
tool is called, items are drawn only when asked), the same argument errors and the same reprs
for `count` and `repeat`.

Most tools are a small checking function returning a generator, as generators are ophis's
fastest Python-level iterators; `count`, `repeat`, `groupby` and `tee` are classes because
their reprs, copying or shared state are observable. A generator's type is `generator`, where
CPython's is a type named after the tool (`type(chain()).__name__ == 'chain'`).
"""

__all__ = [
    "count", "cycle", "repeat", "accumulate", "batched", "chain", "compress", "dropwhile",
    "filterfalse", "groupby", "islice", "pairwise", "starmap", "takewhile", "tee",
    "zip_longest", "product", "permutations", "combinations", "combinations_with_replacement",
]

_MAXSIZE = 9223372036854775807

# "No value", where CPython's C code holds NULL.
_NULL = object()


def _is_number(x):
    return isinstance(x, (int, float, complex))


# --- infinite iterators -----------------------------------------------------------------


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, step)


count.__module__ = "itertools"


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        for x in saved:
            yield x


def cycle(iterable, /):
    """cycle(iterable): the items of iterable, then the same again, forever."""
    return _cycle(iter(iterable))


class repeat:
    """repeat(object [,times]): object, times times, or forever."""

    __slots__ = ("_obj", "_left")

    def __init__(self, *args, **kwargs):
        nargs = len(args)
        if "object" in kwargs:
            if nargs >= 1:
                raise TypeError("argument for repeat() given by name ('object') and position (1)")
            obj = kwargs.pop("object")
        elif nargs >= 1:
            obj = args[0]
        else:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if nargs > 2:
            raise TypeError("repeat() takes at most 2 arguments (%d given)" % nargs)
        left = -1
        if "times" in kwargs:
            if nargs >= 2:
                raise TypeError("argument for repeat() given by name ('times') and position (2)")
            times = kwargs.pop("times")
        elif nargs == 2:
            times = args[1]
        else:
            times = None
        for k in kwargs:
            raise TypeError("repeat() got an unexpected keyword argument '%s'" % k)
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            left = times if times > 0 else 0
        self._obj = obj
        self._left = left

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._left)


repeat.__module__ = "itertools"


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


def _zip_longest(its, fillvalue):
    n = len(its)
    active = n
    if n == 0:
        return
    while True:
        values = []
        for i in range(n):
            it = its[i]
            if it is None:
                values.append(fillvalue)
                continue
            for v in it:
                values.append(v)
                break
            else:
                active -= 1
                if active == 0:
                    return
                its[i] = None
                values.append(fillvalue)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest(*iterables, fillvalue=None): like zip, padding the shorter ones."""
    return _zip_longest([iter(x) for x in iterables], fillvalue)


# --- combinatoric iterators -------------------------------------------------------------


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    if n == 0:
        yield ()
        return
    if n == 1:
        for x in pools[0]:
            yield (x,)
        return
    if n == 2:
        p0, p1 = pools
        for a in p0:
            for b in p1:
                yield (a, b)
        return
    indices = [0] * n
    result = [pool[0] for pool in pools]
    lens = [len(pool) for pool in pools]
    while True:
        yield tuple(result)
        i = n - 1
        while i >= 0:
            j = indices[i] + 1
            if j < lens[i]:
                indices[i] = j
                result[i] = pools[i][j]
                break
            indices[i] = 0
            result[i] = pools[i][0]
            i -= 1
        if i < 0:
            return


def product(*iterables, repeat=1):
    """product(*iterables, repeat=1): the Cartesian product, as nested for-loops."""
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(x) for x in iterables] * repeat
    return _product(pools)


def _check_r(r, name):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def permutations(iterable, r=None):
    """permutations(iterable, r=None): successive r-length orderings of the items."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    elif r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations(iterable, r=_NULL):
    """combinations(iterable, r): successive r-length combinations, in input order."""
    if r is _NULL:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    _check_r(r, "combinations")
    return _combinations(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r=_NULL):
    """combinations_with_replacement(iterable, r): r-length combinations allowing repeats."""
    if r is _NULL:
        raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    _check_r(r, "combinations_with_replacement")
    return _combinations_with_replacement(pool, r)
