# Tuple comparisons, tuples as dict keys, hashing of equal numeric keys.
pts = [(1, 2), (1, -2), (0, 5), (1, 2, 0), (1,), (), (-1, 100), (1, 2)]
best = pts[0]
for p in pts:
    if p < best:
        best = p
print(best, max(pts), min(pts, key=len), max(pts, key=lambda p: sum(p)))
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2.0), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"))
print((1, (2, 3)) < (1, (2, 4)), ((1, 2), 3) == ((1, 2), 3), (0.0,) == (-0.0,))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, "a") < (2, 2), (1, "a") == (1, 2))
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid[2, 0], (2, 2) in grid, (3, 0) in grid, len(grid))
grid[1.0, 2] = "replaced via float"
grid[(True, False)] = "replaced via bools"
print(grid[(1, 2)], grid[(1, 0)], len(grid))
neighbors = {}
for (x, y) in [(0, 0), (1, 1), (2, 2)]:
    key = (x, y)
    total = 0
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            k = (x + dx, y + dy)
            if k != key and k in grid:
                v = grid[k]
                total += v if isinstance(v, int) else 100
    neighbors[key] = total
print(neighbors)
nested = {((1, 2), (3,)): "deep", (): "empty", (None,): "none"}
print(nested[((1, 2), (3,))], nested[()], nested[(None,)])
print(hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()), hash((1, (2,))) == hash((True, (2.0,))))
try:
    {([1], 2): 0}
except TypeError as e:
    print("TypeError:", e)
try:
    grid[(0, [1])] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
a = (1, 2)
b = a + (3,)
c = a * 2
print(b, c, a * 0, (0,) * 3, len(c), c[-1], 2 in c, c[3])
x, y = y, x = 1, 2
print(x, y)
t = (1, [2, 3])
print(t == (1, [2, 3]), t < (1, [2, 4]), t[1] is t[1])
