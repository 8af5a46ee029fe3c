# Tuple unpacking, swaps and augmented assignment on subscripts.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
a, b, c = "xyz"
print(a, b, c)
x, y = [10, 20]
print(x + y)
p, q = (1, 2), [3]
print(p, q)
i, j = 0, 1
for _ in range(10):
    i, j = j, i + j
print(i, j)
a = b = c = 7
print(a, b, c)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 2
lst[1] -= 5
print(lst)
d = {"n": 1}
d["n"] += 1
d["n"] **= 3
print(d)
k, v = "key", [0]
d[k] = v
d[k] += [1]
print(d, v)
nested = [[0, 0], [0, 0]]
nested[1][0] += 5
print(nested)
m = 0
m, n = m + 1, m + 2
print(m, n)
r, s = 3, 4
r, s = s, r
print(r, s)
for t in [(1, 2, 3)]:
    e1, e2, e3 = t
    print(e3, e2, e1)
for bad in [[1, 2, 3], [1], "abcd", 5]:
    try:
        u, w = bad
        print(u, w)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
