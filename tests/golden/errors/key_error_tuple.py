# KeyError with a tuple key and an empty-string key, uncaught at the end.
table = {(0, 0): "origin", (1, 0): "east"}
moves = [(1, 0), (0, 0), (0, 1)]
for m in moves:
    try:
        print(m, table[m])
    except KeyError as e:
        print("missing", e, e.args)
try:
    {}[""]
except KeyError as e:
    print(repr(e), str(e))
pos = (2, -3)
print(table[pos])
