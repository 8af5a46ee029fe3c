# set and frozenset: construction, order of small ints, methods, operators, errors.
s = set([3, 1, 2])
print(s, len(s), 1 in s, 5 in s, 5 not in s)
print(set(), frozenset(), frozenset([1]), set("a"), set(range(10)))
print(set([5, 3, 5, 1, 3]), set((8, 7, 6, 5, 4, 3, 2, 1, 0)))
print(set([100, 8, 16, 0, 24, -1, -8]), set(range(40, 0, -3)))
s.add(10)
s.add(2)
s.discard(1)
s.discard(99)
print(s)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove((1, 2))
except KeyError as e:
    print(type(e).__name__, e, e.args)
t = s.copy()
t.add(7)
print(s, t, s == t, s != t, s < t, t > s, s <= s, s < s)
a = set([1, 2, 3, 4])
b = set([3, 4, 5, 6])
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9, 8]), a.intersection(b, [4]), a.difference(b, [1]), a.symmetric_difference([4, 5, 0]))
print(a.union(), a.intersection(), a.difference())
print(a.issubset([1, 2, 3, 4, 5]), a.issubset(b), a.issuperset([1]), a.issuperset(set()), a.isdisjoint([7, 8]), a.isdisjoint(b))
print(set([1, 2]) <= set([1, 2, 3]), set([1, 2]) >= set([1]), set([1]) > set([1]), set([1, 2]) == frozenset([2, 1]))
a.update([10, 11], (12,), range(3))
print(a)
a.intersection_update([1, 2, 10, 99])
print(a)
a.difference_update([1])
print(a)
a.symmetric_difference_update([2, 3])
print(a)
x = set([1, 2, 3])
popped = []
while x:
    popped.append(x.pop())
print(popped, x)
try:
    x.pop()
except KeyError as e:
    print(type(e).__name__, e)
x.clear()
print(x, len(x), bool(x), bool(set([0])))
f = frozenset([3, 1, 2])
print(f, type(f).__name__, f | set([4]), set([4]) | f, f & set([1]), f - set([1]), f ^ frozenset([9]))
print(hash(frozenset()), hash(f), hash(frozenset([2, 3, 1])) == hash(f), hash(frozenset([-1, 0, 2 ** 61])))
print(frozenset(f) is f, f.copy() is f, f.union([5]))
d = {f: "frozen"}
print(d[frozenset([1, 2, 3])])
inner = set([frozenset([1, 2]), frozenset()])
print(frozenset([1, 2]) in inner, set([1, 2]) in inner, set([1]) in inner)
inner.discard(set([1, 2]))
inner.remove(set())
print(inner)
for bad in [lambda: hash(set()), lambda: set([[1]]), lambda: set().add({}), lambda: [] in set(),
            lambda: set(5), lambda: set(1, 2), lambda: frozenset(1, 2), lambda: set() | [1],
            lambda: set() < [1], lambda: set().union(5), lambda: set().issubset(3),
            lambda: set([1]) - 1, lambda: set().add(), lambda: set().symmetric_difference()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
total = 0
for v in set(range(0, 100, 7)):
    total += v
print(total, sorted(set([5, -1, 3])), list(set([20, 10, 30])), tuple(frozenset([2, 1])))
it = iter(set([1, 2]))
print(type(it).__name__, next(it), next(it), next(it, "done"))
grow = set([1])
try:
    for v in grow:
        grow.add(v + 1)
except RuntimeError as e:
    print(type(e).__name__, e)
print(set([1.0, 1, True]), set([0, 0.0, False]), set([(1, 2), (1, 2), (2, 1)]) == set([(2, 1), (1, 2)]))
