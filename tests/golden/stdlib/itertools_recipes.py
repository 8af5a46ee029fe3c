# itertools recipes built from the tools: take, nth, flatten, roundrobin, unique, windows.
from itertools import (chain, count, cycle, groupby, islice, repeat, starmap, tee, zip_longest,
                       accumulate, filterfalse, pairwise, product, combinations, batched)
import operator
from collections import deque

def take(n, iterable):
    return list(islice(iterable, n))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def unique_everseen(iterable):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable):
        seen.add(element)
        yield element

def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def tabulate(function, start=0):
    return map(function, count(start))

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def consume(iterator, n):
    deque(islice(iterator, n), maxlen=0)

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

print(take(5, count(3, 3)), nth(range(10), 4), nth(range(3), 7, "none"))
print(list(flatten([[1, 2], (3,), "ab"])))
print("".join(roundrobin("ABC", "D", "EF")))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(["".join(w) for w in sliding_window("ABCDEFG", 4)])
print(list(grouper("ABCDEFG", 3, "x")))
print(take(4, tabulate(lambda n: n * n)))
print(list(powerset([1, 2, 3])))
it = iter(range(10))
consume(it, 3)
print(next(it))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(starmap(operator.mul, zip(count(1), repeat(10, 4)))))
print(list(accumulate(repeat(2, 5), operator.mul)), list(pairwise(accumulate(range(5)))))
print(["".join(p) for p in product("01", repeat=3)])
print(sum(map(sum, batched(range(100), 7))))
running = list(accumulate([5, -2, 7, -1], initial=0))
print(running, max(running), list(accumulate(running, min)))
