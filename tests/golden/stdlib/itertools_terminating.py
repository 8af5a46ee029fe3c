# accumulate, batched, chain, compress, dropwhile, filterfalse, pairwise, starmap, takewhile.
from itertools import (accumulate, batched, chain, compress, dropwhile, filterfalse,
                       pairwise, starmap, takewhile)
import operator

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([1, 2, 3], lambda acc, x: acc * 10 + x, initial=9)))

print(list(batched(range(7), 3)))
print(list(batched("abcdef", 2)), list(batched([], 4)))
print(list(batched(iter(range(5)), 5)), list(batched(range(3), 10)))

print(list(chain("ab", [1, 2], (), range(2))))
print(list(chain()), list(chain.from_iterable(["xy", [3], []])))
nested = [[1, [2]], [3]]
print(list(chain.from_iterable(nested)))
ch = chain([1], [2])
print(next(ch), list(ch), list(ch))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 2)))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(bool, [1, 2])), list(takewhile(bool, [])))

print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))

print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
print(list(pairwise(range(4))))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))

# Laziness: the input is only consumed as far as needed.
seen = []
def noisy(n):
    for i in range(n):
        seen.append(i)
        yield i
tw = takewhile(lambda x: x < 2, noisy(10))
print(list(tw), seen)
