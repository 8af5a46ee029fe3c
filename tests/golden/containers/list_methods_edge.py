# Mutation during sort, live views after clear, popitem churn, chained lazy iterators.
l = [3, 1, 2]
def k(v):
    l.append(v)
    return v
try:
    l.sort(key=k)
except ValueError as e:
    print(type(e).__name__, e, l)
l2 = [5, 4]
l2.sort(key=lambda v: len(l2))
print(l2)
d = {1: 2, 3: 4}
ks = d.keys()
d.clear()
print(ks, len(ks), list(ks), d.items())
d[5] = 6
print(ks, list(reversed(ks)))
print(d.popitem(), d)
for i in range(20):
    d[i] = i
for i in range(19):
    d.popitem()
print(d, d.popitem(), d)
d[7] = 1
print(d)
s = set(range(10))
for v in list(s):
    s.discard(v)
print(s, set([1, 2, 3]).pop())
print(sorted(range(100, 0, -1), key=lambda v: v % 7)[0], sorted([[2], [1, 5], [1]]))
z = list(zip(range(3), enumerate("abc"), map(abs, [-1, -2, -3])))
print(z)
print(list(filter(None, map(lambda v: v % 3, range(10)))))
f = frozenset([1, 2])
print(f | f, f & f, f - f, f ^ f, set(f) == f, f.issubset(f))
print(list(reversed(range(-5, 5, 3))), list(reversed(range(5, -5, -2))))
