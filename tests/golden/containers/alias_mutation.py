# Lists of lists mutated through aliases; repetition shares references.
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3, [0] * 3, [0] * 3]
grid2[0][0] = 1
print(grid2)
a = [1, 2, 3]
b = a
c = list(a)
b.append(4)
b += [5]
c += [6]
print(a, b, c, a is b, a == c)
b = b + [7]
print(a, b, a is b)
nested = [a, a, [a]]
a.pop()
a.insert(0, 0)
print(nested)
a[1] = nested
print(len(nested[0][1]), nested[0][1][2][0] is a)
matrix = []
for i in range(3):
    r = []
    for j in range(3):
        r.append(i * 3 + j)
    matrix.append(r)
t = []
for j in range(3):
    col = []
    for i in range(3):
        col.append(matrix[i][j])
    t.append(col)
print(matrix, t)
for r in matrix:
    r[0], r[2] = r[2], r[0]
print(matrix)
first = matrix[0]
matrix[0] = [9, 9]
print(first, matrix[0])
x = [1, [2, [3, [4]]]]
y = x[1]
z = y[1]
z[1].append(5)
y.append(6)
print(x)
lst = [[]] * 2
lst[0].extend([1, 2])
lst[1].append(3)
print(lst, len(lst[0]))
acc = []
parts = [acc, acc]
for p in parts:
    p.append(len(p))
print(acc, parts)
tup = ([1], [2])
tup[0].append(10)
print(tup)
try:
    tup[0] += [20]
except TypeError as e:
    print("TypeError:", e)
print(tup)
