# deque: both ends, maxlen, rotate, indexing, searching, reprs and comparisons.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
print(d.index(3), d.index(4, 2), d.count("a"), 5 in d, 99 in d)
d.insert(1, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("ins")
d[0] = "S"
del d[-1]
print(d, d.maxlen)
d.reverse()
print(d, list(reversed(d)))
c = d.copy()
d.clear()
print(d, c, bool(d), bool(c))

# maxlen: the far end drops.
r = deque(maxlen=3)
for i in range(6):
    r.append(i)
print(r, r.maxlen)
r.appendleft(-1)
print(r)
r.extend([10, 11])
print(r)
r.extendleft([20, 21, 22, 23])
print(r)
print(deque(range(10), maxlen=4), deque("abc", 0), deque(maxlen=2))
z = deque(maxlen=0)
z.append(1)
print(z)

# Ring growth at both ends.
big = deque()
for i in range(50):
    big.appendleft(i)
    big.append(-i)
for _ in range(30):
    big.popleft()
print(len(big), big[0], big[-1], sum(big), list(big)[:5])
for _ in range(65):
    big.pop()
print(big)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque("ab"))
e = deque([1], maxlen=2)
e += [2, 3]
print(e, e * 2)
e *= 0
print(e)
nest = deque([1])
nest.append(nest)
print(nest)
print(deque(deque([1, 2])), deque(iter("xy")))
s = deque([1, 2, 3])
s.extend(s)
print(s)
class MyDeque(deque):
    pass
m = MyDeque([1, 2], maxlen=5)
print(m, type(m.copy()).__name__)
print(deque("ab") != deque("ab"), deque() >= deque(), deque([2]) > deque([1, 9]))
