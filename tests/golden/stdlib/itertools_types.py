# The Rust-backed itertools types: names, reprs, subclassing, big and float counts.
import itertools
from itertools import count, repeat, cycle, product, permutations, combinations, zip_longest

for obj in (count(), repeat(1), cycle("a"), product("a"), permutations("a"), combinations("a", 1),
            itertools.combinations_with_replacement("a", 1), zip_longest("a")):
    print(type(obj).__name__, type(obj).__module__, iter(obj) is obj)

big = count(2**62 - 2, 1)
print([next(big) for _ in range(4)], big)
neg = count(-(2**62) + 1, -1)
print([next(neg) for _ in range(3)], neg)
huge = count(10**20, 10**19)
print(next(huge), next(huge), huge)
fl = count(0.1, 0.1)
print([next(fl) for _ in range(3)], fl)
cx = count(1j, 1 + 1j)
print(next(cx), next(cx), cx)
print(count(start=4, step=-2), count(step=3))
b = count(True)
print(next(b), next(b), b)

class Countdown(count):
    pass
cd = Countdown(5, -1)
print(next(cd), cd, isinstance(cd, count))

r = repeat("ab", 2)
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError:", e)
print(repeat(None, 0), repeat(3.5, 1), repeat([1], times=1))

p = product([1, 2], "ab")
print(next(p), list(p))
print(list(permutations("abcd", 2))[:7])
print(list(combinations("abcde", 4)))
print(list(zip_longest([1, 2, 3], "ab", [True], fillvalue=None)))
try:
    zip_longest([1], fill=0)
except TypeError as e:
    print("TypeError:", e)
try:
    product([1], rep=2)
except TypeError as e:
    print("TypeError:", e)
try:
    cycle()
except TypeError as e:
    print("TypeError:", e)
try:
    count(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(sum(1 for _ in product(range(10), repeat=4)), sum(1 for _ in permutations(range(7))))
print(sum(1 for _ in combinations(range(20), 5)), sum(1 for _ in itertools.combinations_with_replacement(range(6), 4)))
