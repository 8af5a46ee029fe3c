# Container protocol: __len__, __getitem__ with ints and slices, __setitem__, __delitem__.
class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("  slice", key.start, key.stop, key.step, key.indices(len(self.items)))
            return Seq(self.items[key])
        if not isinstance(key, int):
            raise TypeError("Seq indices must be integers or slices, not " + type(key).__name__)
        return self.items[key]

    def __setitem__(self, key, value):
        print("  set", key if not isinstance(key, slice) else (key.start, key.stop, key.step), value)
        self.items[key] = value

    def __delitem__(self, key):
        print("  del", key if not isinstance(key, slice) else (key.start, key.stop, key.step))
        del self.items[key]

    def __repr__(self):
        return "Seq(" + repr(self.items) + ")"


s = Seq("abcdefg")
print(len(s), s[0], s[-1], s[3])
print(s[1:4], s[::2], s[::-1], s[-3:], s[:])
print(s[1:100:3])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["x"]
except TypeError as e:
    print(type(e).__name__, e)
s[0] = "A"
s[1:3] = ["B", "C", "extra"]
print(s)
del s[0]
del s[::2]
print(s)

# slice objects
sl = slice(1, 5, 2)
print(sl, sl.start, sl.stop, sl.step, slice(3), slice(None, None, -1).indices(5))
print(Seq(range(10))[sl], Seq(range(10))[slice(None, 3)])


# multi-dimensional keys arrive as tuples
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        print("  key", key)
        if isinstance(key, tuple):
            return self.cells.get(key, ".")
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.cells[key] = value


g = Grid(3, 3)
g[1, 2] = "X"
g[0, 0] = "O"
print(g[1, 2], g[(0, 0)], g[2, 2])
print(g[1:2, ::3])
try:
    g[None]
except KeyError as e:
    print(type(e).__name__, e)
try:
    g[5]
except KeyError as e:
    print(type(e).__name__, e)


# read-only container
class ReadOnly:
    def __getitem__(self, i):
        return i * i

    def __len__(self):
        return 3


ro = ReadOnly()
print(ro[4], ro[-1])
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Seq.__len__
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)


class NoItems:
    pass


for label, fn in [("get", lambda: NoItems()[0]), ("len", lambda: len(NoItems()))]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)
try:
    NoItems()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoItems()[0]
except TypeError as e:
    print(type(e).__name__, e)


# augmented assignment on an item: get then set
class Counter:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        print("  get", k)
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        print("  set", k, v)
        self.d[k] = v


c = Counter()
c["a"] += 1
c["a"] += 10
c["b", 1] *= 3
print(c.d)


# mapping-style container with __missing__-like behaviour in __getitem__
class DefaultMap:
    def __init__(self, default):
        self.default = default
        self.data = {}

    def __getitem__(self, key):
        try:
            return self.data[key]
        except KeyError:
            return self.default

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)


dm = DefaultMap(0)
dm["x"] = 5
print(dm["x"], dm["y"], len(dm))
del dm["x"]
try:
    del dm["x"]
except KeyError as e:
    print(type(e).__name__, e)


# unpacking and star-assignment from a container with __getitem__ + __len__ (old protocol)
class Three:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "item" + str(i)


a, b, c2 = Three()
first, *rest = Three()
print(a, b, c2, first, rest, list(Three()), tuple(Three()), sorted(Three(), reverse=True))
try:
    x, y = Three()
except ValueError as e:
    print(type(e).__name__, e)


# __class_getitem__ is not used for instances
class Gen:
    def __class_getitem__(cls, item):
        return "class item " + repr(item)


print(Gen[int], Gen["x"])
try:
    Gen()[0]
except TypeError as e:
    print(type(e).__name__, e)
