# A registry of live objects with weakref containers: entries vanish with their objects.
import weakref


class Image:
    loaded = 0

    def __init__(self, path):
        Image.loaded += 1
        self.path = path

    def __repr__(self):
        return f"Image({self.path!r})"


_cache = weakref.WeakValueDictionary()


def load(path):
    img = _cache.get(path)
    if img is None:
        img = Image(path)
        _cache[path] = img
    return img


a = load("a.png")
b = load("a.png")
c = load("c.png")
print(a is b, Image.loaded, sorted(_cache.keys()))
del a
print(sorted(_cache.keys()), "a.png" in _cache)
del b
print(sorted(_cache.keys()), "a.png" in _cache)
d = load("a.png")
print(Image.loaded, len(_cache))

# per-object side data without keeping the objects alive
extra = weakref.WeakKeyDictionary()
extra[c] = {"views": 1}
extra[d] = {"views": 7}
extra[c]["views"] += 1
print(sorted((k.path, v["views"]) for k, v in extra.items()))
del c
print(len(extra), [k.path for k in extra.keys()])
copy = extra.copy()
print(type(copy).__name__, len(copy))
extra.clear()
print(len(extra), len(copy))
del d
print(len(copy), len(_cache))

# observers held weakly
class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()

    def notify(self, msg):
        for o in sorted(self.observers, key=lambda o: o.name):
            o.seen.append(msg)


class Observer:
    def __init__(self, name):
        self.name = name
        self.seen = []


subj = Subject()
o1, o2 = Observer("one"), Observer("two")
subj.observers.add(o1)
subj.observers.add(o2)
subj.notify("hello")
del o2
subj.notify("again")
print(o1.seen, len(subj.observers))
