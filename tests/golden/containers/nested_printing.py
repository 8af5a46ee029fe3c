# Printing nested containers: reprs of elements inside str() of containers.
data = [1, "two", 3.0, None, True, [4, [5, [6]]], (7,), (), {}, {"k": [8, (9,)]}]
print(data)
print(str(data) == repr(data), len(str(data)))
print(("a", ("b", ("c",))), [[[], []], [[]]])
print({"outer": {"inner": {"deep": ()}}})
print({1: [1.5, -0.0], "s": "quote's", (1, "t"): {2: None}})
print(["\n", "\t", "\\", "'", '"', "\x00"])
print([float("inf"), float("-inf"), float("nan"), 1e100, 2 ** 70])
print((1.0,), (1,), ("1",), [[1, 2], [3, 4]], [(1, 2), (3, 4)])
print([1, 2], (1, 2), {1: 2}, sep=" | ")
m = []
for i in range(3):
    row = []
    for j in range(3):
        row.append((i, j))
    m.append(row)
print(m)
for row in m:
    print(row)
print(f"{[1, 'a']} {(None,)} {({'x': 0})}")
d = {}
d["self"] = d
print(d)
lst = [1]
lst.append(lst)
lst.append({"l": lst})
print(lst)
print(str([]), str(()), str({}), repr([()]), repr(((),)))
