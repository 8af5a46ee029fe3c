# Starred targets in every position, with lists, tuples, strings and ranges.
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*a, b = (1, 2, 3)
print(a, b)
a, *b = "hello"
print(a, b)
*a, = range(4)
print(a)
[x, *ys] = 10, 20, 30
print(x, ys)
a, *b, c = 1, 2
print(a, b, c)
(*a,) = []
print(a)
first, *middle, last = "ab"
print(first, middle, last)
a, b, *c, d, e = range(10)
print(a, b, c, d, e)
# The starred name always gets a fresh list.
t = (1, 2, 3)
*s, = t
print(type(s).__name__, s, s is t)
