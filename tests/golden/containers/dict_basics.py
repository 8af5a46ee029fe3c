# Dict literals, lookup, assignment, len, iteration order, in and del.
d = {"one": 1, "two": 2}
print(d, len(d), d["one"])
d["three"] = 3
d["one"] = 100
print(d, len(d))
for k in d:
    print(k, "->", d[k])
print("two" in d, "four" in d, 2 in d, "four" not in d)
del d["two"]
print(d)
d["two"] = 22
print(d)
empty = {}
print(empty, len(empty), "x" in empty)
counts = {}
for ch in "abracadabra":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts)
for k in counts:
    print(k, "*" * counts[k])
nested = {"a": {"b": {"c": [1, 2, {"d": None}]}}}
print(nested, nested["a"]["b"]["c"][2]["d"])
nested["a"]["b"]["c"][0] += 10
print(nested)
alias = d
alias["new"] = 0
print(len(d), d is alias)
print({"x": 1, "y": 2} == {"y": 2, "x": 1}, {"x": 1} == {"x": 1.0}, {} == {}, {"a": 1} != {"a": 2})
dup = {"k": 1, "k": 2}
print(dup, len(dup))
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError on del", e)
try:
    print({}[0])
except KeyError as e:
    print("KeyError", e, e.args)
try:
    d[[1, 2]] = 3
except TypeError as e:
    print(e)
