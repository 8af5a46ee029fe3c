# In-place operators mutate lists, sets and dicts (aliases see it); others rebind.
a = [1]
b = a
a += (2, 3)
a *= 2
print(a, b, a is b)
s = {1, 2}
t = s
s |= {3}
s &= {1, 3, 4}
s -= {4}
s ^= {1, 5}
print(sorted(s), sorted(t), s is t)
f = frozenset({1})
g = f
f |= {2}
print(sorted(f), sorted(g), f is g)
d = {"a": 1}
e = d
d |= {"b": 2}
d |= [("c", 3)]
print(d, e is d)
n = 5
m = n
n += 1
print(n, m)
x = "ab"
x += "c"
x *= 2
print(x)
try:
    s |= [1]
except TypeError as err:
    print(type(err).__name__, err)
try:
    a += 1
except TypeError as err:
    print(type(err).__name__, err)
try:
    a *= "x"
except TypeError as err:
    print(type(err).__name__, err)
try:
    d |= 5
except TypeError as err:
    print(type(err).__name__, err)
