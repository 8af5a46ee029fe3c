# List concatenation, repetition, aliasing and self-reference.
a = [1, 2]
b = [3]
c = a + b
print(c, a, b, c is a)
print(a * 3, 3 * a, a * 0, a * -1, [] * 5, [None] * 4)
rows = [[0] * 2] * 3
rows[0][0] = 9
print(rows)
rows2 = []
for _ in range(3):
    rows2.append([0] * 2)
rows2[0][0] = 9
print(rows2)
x = [1]
y = x
x = x + [2]
print(x, y)
p = [1]
q = p
p += [2]
print(p, q, p is q)
r = [0]
r *= 3
print(r)
d = {"lst": [1]}
d["lst"] += [2, 3]
print(d)
s = [1, 2]
s.append(s)
print(s, len(s), s[2][2][0])
t = [[]]
t[0].append(t)
print(t)
nested = [[1, [2, [3, [4]]]], "end"]
print(nested, nested[0][1][1][1][0])
print([1, 2] + [], [] + [], [[1]] + [[2]])
total = []
for part in [[1], [2, 3], [], [4]]:
    total = total + part
print(total, len(total))
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] == [1, [2, 4]])
print([0.1 + 0.2, -0.0, "é", 'q"'], [True, False, None])
try:
    print([1] + (2,))
except TypeError as e:
    print(e)
try:
    print([1] + "ab")
except TypeError as e:
    print(e)
try:
    print([1] * [2])
except TypeError as e:
    print(e)
