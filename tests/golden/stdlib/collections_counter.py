# Counter: counting, most_common ties, arithmetic, update/subtract, elements, total, repr.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(3), c.most_common(0), c.most_common(-1))
print(c.most_common())
print(c.total(), c["z"], "z" in c, len(c))
print(sorted(c.elements()))
print(list(Counter(a=2, b=0, c=-1, d=1).elements()))

d = Counter("abc")
print(c + d)
print(c - d)
print(c & d)
print(c | d)
print(+Counter(a=-1, b=2, c=0), -Counter(a=-1, b=2, c=0))

e = Counter({"red": 4, "blue": 2})
e.update(["red", "green"])
e.update({"blue": 3}, yellow=1)
print(e)
e.subtract({"red": 10})
e.subtract(["blue"], green=5)
print(e)
del e["red"]
del e["nope"]
print(e, e.copy() == e)

words = "the cat and the dog and the bird".split()
print(Counter(words).most_common(2))
print(Counter(), Counter({}), Counter(x=0))
f = Counter(a=3, b=1)
f += Counter(a=-5, b=1)
print(f)
g = Counter(a=1, b=2)
g -= Counter(b=1, c=1)
print(g)
h = Counter(a=1, b=5)
h |= Counter(a=4, c=2)
print(h)
h &= Counter(a=2, c=9)
print(h)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
print(Counter(a=1) == {"a": 1}, Counter(a=1, b=0) != Counter(a=1))
print(Counter({1: "x", 2: "y"}))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(c, dict), type(c).__name__, dict(Counter("aab")))
