# deepcopy of nested and shared structures: graphs, dict keys, collections types, memo use.
import copy
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

graph = {"a": [], "b": []}
graph["a"].append(graph["b"])
graph["b"].append(graph["a"])
g2 = copy.deepcopy(graph)
print(g2["a"][0] is g2["b"], g2["b"][0] is g2["a"], g2["a"] is not graph["a"])

od = OrderedDict([("x", [1]), ("y", [2])])
od2 = copy.deepcopy(od)
od2["x"].append(3)
print(od, od2, type(od2).__name__)
dd = defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd2["k"].append(2)
dd2["new"].append(0)
print(dd, dd2, dd2.default_factory is list)
dd3 = copy.copy(dd)
print(dd3["k"] is dd["k"], type(dd3).__name__)
cnt = Counter("aab")
cnt2 = copy.deepcopy(cnt)
cnt2["a"] += 10
print(cnt, cnt2, type(copy.copy(cnt)).__name__)
dq = deque([[0]], maxlen=3)
dq2 = copy.deepcopy(dq)
dq2[0].append(1)
print(dq, dq2)
Pt = namedtuple("Pt", "x y")
pts = [Pt([1], 2)]
pts2 = copy.deepcopy(pts)
pts2[0].x.append(9)
print(pts, pts2)

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        return f"T({self.value}{''.join(', ' + repr(c) for c in self.children)})"
t = Tree(1, Tree(2), Tree(3, Tree(4)))
t2 = copy.deepcopy(t)
t2.children[1].children[0].value = 40
print(t, t2)

# A memo supplied by the caller: objects already in it are reused.
shared = [1, 2]
memo = {id(shared): shared}
out = copy.deepcopy({"a": shared, "b": [shared]}, memo)
print(out["a"] is shared, out["b"][0] is shared)
keys = {(1, 2): "t", frozenset({3}): "f"}
print(copy.deepcopy(keys) == keys)
