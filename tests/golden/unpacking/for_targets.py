# Unpacking in for-loop targets and comprehensions.
for a, *b in [(1, 2, 3), [4], "xyz"]:
    print(a, b)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i, j, k)
for i, (x, *ys) in enumerate(["ab", "cde"]):
    print(i, x, ys)
print([b for a, *b in [(1, 2), (3, 4, 5)]])
print({k: v for k, *v in ["ab", "cd"]})
d = {"one": 1, "two": 2}
for key, value in d.items():
    print(key, value)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for a, *b, c in [[1, 2], [3]]:
        print(a, b, c)
except ValueError as e:
    print("ValueError", e)
else:
    print("no error")
