# WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries when objects die.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"


cache = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
cache["a"] = a
cache["b"] = b
cache[3] = c
print(len(cache), cache["a"], "b" in cache, "zz" in cache, sorted(str(k) for k in cache))
del b
print(len(cache), "b" in cache, cache.get("b"), cache.get("b", "gone"))
try:
    cache["b"]
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(str(k) for k in cache.keys()), sorted(v.name for v in cache.values()))
print(sorted((str(k), v.name) for k, v in cache.items()))
cache["a"] = c
print(cache["a"], len(cache))
del a
print(len(cache), cache["a"])
print(cache.pop(3), len(cache), cache.pop("nope", None))
print(cache.setdefault("new", c), cache.setdefault("new", Obj("other")))
del c
print(len(cache), list(cache.items()))
try:
    cache["x"] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(cache).__name__, repr(cache) == f"<WeakValueDictionary at {hex(id(cache))}>")
d2 = weakref.WeakValueDictionary({"k": cache.setdefault("kept", Obj("kept"))})
print(len(d2), len(cache))

# keys held weakly
meta = weakref.WeakKeyDictionary()
x, y = Obj("x"), Obj("y")
meta[x] = "data x"
meta[y] = [1, 2]
print(len(meta), meta[x], y in meta, 5 in meta, meta.get(Obj("z"), "none"))
del x
print(len(meta), [k.name for k in meta], list(meta.values()))
try:
    meta[5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del meta[Obj("q")]
except KeyError as e:
    print(type(e).__name__, type(e.args[0]).__name__)
meta[y] = "replaced"
print(len(meta), meta[y], meta.pop(y), len(meta))


# values released when their key dies
class Tracked:
    def __del__(self):
        print("value released")


k = Obj("k")
meta[k] = Tracked()
print("deleting key")
del k
print("after", len(meta))

# WeakSet
live = weakref.WeakSet()
p, q = Obj("p"), Obj("q")
live.add(p)
live.add(q)
live.add(p)
print(len(live), p in live, 3 in live, sorted(o.name for o in live))
del p
print(len(live), [o.name for o in live])
live.discard(q)
try:
    live.discard(7)
except TypeError as e:
    print(type(e).__name__, e)
print(len(live))
try:
    live.remove(q)
except KeyError as e:
    print(type(e).__name__, type(e.args[0]).__name__, e.args[0]() is q)
s2 = weakref.WeakSet([q, q])
print(len(s2), type(s2).__name__)
del q
print(len(s2))
