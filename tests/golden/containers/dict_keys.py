# Int, str, tuple and bool keys; equal keys collapse; order is insertion order.
d = {}
d[1] = "int one"
d["1"] = "str one"
d[(1,)] = "tuple one"
d[(1, 2)] = "pair"
d[-1] = "minus one"
d[2 ** 70] = "huge"
d[()] = "empty tuple"
print(d)
print(d[1], d["1"], d[(1,)], d[1, 2], d[2 ** 70], d[()])
d[True] = "overwritten via True"
print(d[1], len(d))
print({1: "a", True: "b"})
print({True: "x", 1: "y"})
print({0: "zero"}[False], False in {0: 1}, (1, 2) in d, (2, 1) in d)
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(2, 1)], grid[0, 0], len(grid))
for key in grid:
    a, b = key
    if a == b:
        print("diagonal", key, grid[key])
order = {}
for k in [5, 3, 9, 1]:
    order[k] = k * k
del order[3]
order[3] = "re-added goes last"
order[5] = "updated keeps place"
print(order)
for k in order:
    print(k, end=" ")
print()
big = {}
for i in range(100):
    big[i * 7 % 101] = i
print(len(big), big[0], big[7], big[100])
print({(1, (2, 3)): [4]}, {"a": (1,), "b": ()})
print({None: 0}[None], {-0: "z"}[0], {2 ** 64: 1}[2 ** 64])
try:
    print(d[(1, 3)])
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    print(d[2])
except LookupError as e:
    print(type(e).__name__, e)
try:
    print(d["é"])
except KeyError as e:
    print(e)
