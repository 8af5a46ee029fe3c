# ChainMap: lookups fall through, writes go to the first map, children and parents.
from collections import ChainMap

defaults = {"color": "blue", "size": 10}
overrides = {"color": "red"}
cfg = ChainMap(overrides, defaults)
print(cfg["color"], cfg["size"], cfg.get("weight"), cfg.get("weight", 0))
cfg["weight"] = 5
print(overrides, defaults)
print(cfg, len(cfg), sorted(cfg), "size" in cfg, "nope" in cfg)
print(list(cfg.keys()), list(cfg.items()), list(cfg.values()))

child = cfg.new_child()
child["color"] = "green"
print(child["color"], cfg["color"], child.maps[0])
print(child.parents, child.parents.parents)
kid = cfg.new_child({"z": 1}, y=2)
print(kid.maps[0])
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {"a": 1})))
try:
    del cfg["size"]
except KeyError as e:
    print("KeyError:", e)
del cfg["weight"]
print(cfg.pop("color"), cfg)
try:
    cfg.pop("size")
except KeyError as e:
    print("KeyError:", e)
print(cfg.pop("size", "dflt"))
try:
    ChainMap({}, {"a": 1}).popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    ChainMap({})["q"]
except KeyError as e:
    print("KeyError:", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(dict(cm), cm == {"a": 1, "b": 3}, cm.copy(), cm.copy() is cm)
cm.clear()
print(cm, cm["a"])
cm.update({"k": 1}, j=2)
print(cm.maps[0], cm.setdefault("b", 7), cm.setdefault("n", 8), cm.maps[0])
print(ChainMap.fromkeys("ab", 0), ChainMap({"a": 1}) | {"b": 2})

# Scopes, as an interpreter keeps them.
scope = ChainMap({"x": 1})
inner = scope.new_child({"y": 2})
inner["x"] = 10
print(inner["x"], scope["x"], inner.parents["x"])
