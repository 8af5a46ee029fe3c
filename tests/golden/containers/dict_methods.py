# dict methods and live views: keys/values/items, pop, popitem, setdefault, update, copy, clear, |.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, type(k).__name__, type(v).__name__, type(i).__name__)
print(len(k), "a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in i, ("a", 2) in i, "a" in i)
d["d"] = 4
del d["a"]
print(k, v, i, len(i))
print(list(k), list(v), list(i), tuple(i))
for key, val in d.items():
    print(key, val, end="; ")
print()
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.setdefault("c", 100), d.setdefault("n"), d.setdefault("m", [1]), d)
d.update({"x": 1}, y=2)
d.update([("z", 26), ("x", 0)])
d.update(w=-1)
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e["new"] = 1
print(d, e, e is d)
e.clear()
print(e, len(e), d)
try:
    e.popitem()
except KeyError as err:
    print("KeyError", err)
print({1: 2} | {3: 4, 1: 0}, {} | {}, d | {})
m = {1: "a"}

m |= {2: "b"}
print(m)
print(k == set(["c", "d", "n", "m", "x", "z"]), d.keys() == d.keys(), {1: 2}.keys() == set([1]), {1: 2}.items() == set([(1, 2)]))
print({1: 1, 2: 2}.keys() & set([2, 3]), {1: 1}.keys() | [2], {1: 1, 2: 2}.keys() - set([1]), {1: 1}.keys() ^ set([1, 5]))
print({1: 1}.keys().isdisjoint([2]), {1: 1}.keys().isdisjoint([1]), {1: 2}.items() < set([(1, 2), (3, 4)]))
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.values())), list(reversed({1: 2, 3: 4}.items())))
print({}.keys(), {}.values(), {}.items())
for call in [lambda: d.keys(1), lambda: d.pop(), lambda: d.pop(1, 2, 3), lambda: d.setdefault(),
             lambda: d.update(1, 2), lambda: d.update(1), lambda: d.update([1]), lambda: d.copy(1),
             lambda: d | [1], lambda: d.items(x=1)]:
    try:
        call()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
try:
    d.update([(1, 2, 3)])
except ValueError as err:
    print("ValueError", err)
it = iter(d.items())
next(it)
d["brand new"] = 1
try:
    next(it)
except RuntimeError as err:
    print("RuntimeError", err)
