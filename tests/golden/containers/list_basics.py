# List literals, indexing, assignment, append, len and iteration.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[-3])
a[0] = 10
a[-1] = "three"
print(a)
a.append([4, 5])
a.append(None)
print(a, len(a), a[3][1], a[-2][-2])
empty = []
print(empty, len(empty))
for i in range(5):
    empty.append(i * i)
print(empty)
total = 0
for v in empty:
    total += v
print(total)
print(1 in a, "three" in a, [4, 5] in a, 4 in a, None in a, 3 not in a)
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1] == [1.0], [] == [], [[]] == [[]])
print([1, 2] != [1, 2, 3], [0] == (0,))
mixed = [1, "a", 2.5, True, None, (1, 2), [3], {"k": "v"}]
print(mixed)
b = a
b.append("via alias")
print(len(a), a[-1], a is b, a == b)
grid = [[0, 0, 0], [0, 0, 0]]
grid[1][2] = 7
grid[0][0] += 1
print(grid)
i = 0
while i < len(empty):
    empty[i] = -empty[i]
    i += 1
print(empty)
for bad in [5, -6, 100]:
    try:
        print(empty[bad])
    except IndexError as e:
        print("read", bad, e)
    try:
        empty[bad] = 0
    except IndexError as e:
        print("write", bad, e)
try:
    print([][0])
except IndexError as e:
    print(e)
try:
    print(a["x"])
except TypeError as e:
    print(e)
