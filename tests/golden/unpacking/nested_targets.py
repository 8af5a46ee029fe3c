# Nested targets, mixed with starred ones.
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
a, (b, *c), d = 1, [2, 3, 4], 5
print(a, b, c, d)
[(a, b), [c, d]] = [(1, 2), "xy"]
print(a, b, c, d)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
((a, b), c), *rest = ((1, 2), 3), 4, 5, 6
print(a, b, c, rest)
x = y, *z = 1, 2, 3
print(x, y, z)
# Chained assignment unpacks the same value each time.
p, *q = r, *s = "abc"
print(p, q, r, s)
