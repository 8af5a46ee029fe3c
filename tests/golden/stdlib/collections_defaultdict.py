# defaultdict: factories, __missing__, repr, copy, nesting.
from collections import defaultdict

graph = defaultdict(list)
for src, dst in [(1, 2), (1, 3), (2, 3)]:
    graph[src].append(dst)
print(graph)
print(graph[9], 9 in graph, graph.get(10), 10 in graph)

counts = defaultdict(int)
for w in "a b a c b a".split():
    counts[w] += 1
print(counts, dict(counts))

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["b"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})

d = defaultdict(None, {"k": 1})
print(d, d.default_factory)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
d.default_factory = set
d["s"].add(1)
print(d)

e = defaultdict(str, a="x")
f = e.copy()
f["b"] += "y"
print(e, f, type(f).__name__)
print(defaultdict(list, [(1, [2])]) == {1: [2]})
print(e.__missing__("q"), e)
print(defaultdict(tuple) | {"a": 1}, {"b": 2} | defaultdict(int, a=1))
try:
    defaultdict(5)
except TypeError as ex:
    print("TypeError:", ex)
class Deep(defaultdict):
    def __init__(self):
        super().__init__(Deep)
t = Deep()
t["a"]["b"]["c"] = 1
print(list(t["a"]["b"].items()), type(t["a"]).__name__)
print(defaultdict(), defaultdict(int).default_factory)
dd = defaultdict(list)
dd.setdefault("x", []).append(1)
print(dd.pop("x"), dd)
