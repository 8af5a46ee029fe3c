# Many targets, large starred middles, and big iterables.
a, b, c, d, e, f, g, h, *rest, y, z = range(1000)
print(a, h, len(rest), rest[0], rest[-1], y, z)
*head, tail = range(100000)
print(len(head), head[-1], tail)
first, *_ = [9, 16]
print(first)
s = set([7])
only, = s
print(only)
k, *v = {"a": 1, "b": 2}
print(k, v)
try:
    a, b, c, d, *e, f, g = range(5)
except ValueError as err:
    print(err)
