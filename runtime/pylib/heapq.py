"""heapq: a binary min-heap on a list (heap[k] <= heap[2*k+1] and heap[2*k+2]).

ophis's standard library, compiled with the program that imports it. The sift operations
follow the algorithm CPython's Lib/heapq.py documents (a hole moved to a leaf along the
smaller children, then sifted up), so that a heap's list holds its items in exactly the order
CPython's does; only `<` is used to compare items, as there.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def _sift_toward_root(heap, start, pos):
    """Move heap[pos] up towards `start` until its parent is not greater."""
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    """Fill the hole at `pos` from its smaller children down to a leaf, then sift up."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _check_list(heap, name):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() argument 1 must be list, not {type(heap).__name__}")


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, "heappush")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, and add the new item (in one sift)."""
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item (faster than both)."""
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def _max_sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _max_sift_toward_leaves(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _max_sift_toward_root(heap, start, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted output (a generator), stable across inputs."""
    entries = []
    direction = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append([value if key is None else key(value), order * direction, value, it])
            break
    if reverse:
        for i in reversed(range(len(entries) // 2)):
            _max_sift_toward_leaves(entries, i)
    else:
        heapify(entries)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            if reverse:
                _max_sift_toward_leaves(entries, 0)
            else:
                _sift_toward_leaves(entries, 0)
            break
        else:
            if reverse:
                last = entries.pop()
                entries[0] = last
                _max_sift_toward_leaves(entries, 0)
            else:
                heappop(entries)
    if entries:
        top = entries[0]
        yield top[2]
        yield from top[3]


def nsmallest(n, iterable, key=None):
    """The n smallest elements of iterable, as sorted(iterable, key=key)[:n] is."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements of iterable, as sorted(iterable, key=key, reverse=True)[:n] is."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
