# OrderedDict: move_to_end, popitem(last=), order-sensitive equality, repr (3.12).
from collections import OrderedDict

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 9), ("y", 8)])
print(od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict(a=1) != OrderedDict(a=1))
print(OrderedDict(), OrderedDict.fromkeys("xyz", 0))
c = od.copy()
c["new"] = 1
print(od, c)
print(OrderedDict([(1, "one")]) | {2: "two"})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
print(isinstance(od, dict), type(od).__name__)
