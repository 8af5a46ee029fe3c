# tee and zip_longest.
from itertools import tee, zip_longest, count, islice
import copy

a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(range(3), 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee("ab", 5)))

# The source is read once, shared by the copies.
reads = []
def src():
    for i in range(4):
        reads.append(i)
        yield i
p, q = tee(src())
print(next(p), next(p), reads, next(q), reads)
print(list(p), list(q), reads)

# Copying a tee iterator, and tee of a tee.
t1, t2 = tee(iter("abcd"))
next(t1)
t3 = copy.copy(t1)
print(list(t1), list(t3), list(t2))
u1, u2 = tee(iter("xyz"))
v1, v2 = tee(u1)
print(list(v1), list(v2), list(u2))
e1, e2 = tee(islice(count(), 5))
print(sum(e1), max(e2))

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("ab")))
print(list(zip_longest(range(3), "a", fillvalue=0)))

try:
    tee([1], -1)
except ValueError as e:
    print("ValueError:", e)
try:
    zip_longest(1, [2])
except TypeError as e:
    print("TypeError:", e)
