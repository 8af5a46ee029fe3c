# collections.abc mixin methods on user classes, and abstract-method instantiation errors.
from collections.abc import (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
                             Iterator, Generator, Iterable, Sized, Container, Hashable, Callable,
                             KeysView, ItemsView, ValuesView)


class Word(Sequence):
    def __init__(self, s):
        self.s = s

    def __getitem__(self, i):
        return self.s[i]

    def __len__(self):
        return len(self.s)


w = Word("banana")
print(list(w), w.index("n"), w.index("a", 2), w.count("a"), "z" in w, "b" in w, list(reversed(w)))
try:
    w.index("z")
except ValueError as e:
    print(type(e).__name__, repr(e))
print(w.index("a", -3), w.index("n", 0, 3))


class Stack(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
print(s.items, s.pop(), s.pop(0), s.items)
s.reverse()
s.remove(3)
print(s.items, len(s), s[0])
s.clear()
print(s.items)


class Registry(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


r = Registry()
r["a"] = 1
r.update({"b": 2}, c=3)
r.update([("d", 4)])
print(r.get("a"), r.get("zz", "default"), "b" in r, len(r), sorted(r.keys()), sorted(r.values()), sorted(r.items()))
print(r.pop("a"), r.pop("missing", None), r.setdefault("e", 5), r.setdefault("b", 99), r.popitem())
print(r == {"b": 2, "c": 3, "e": 5}, r == {"b": 2}, r != {"b": 2}, dict(r))
try:
    r.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
ks = r.keys()
print(type(ks).__name__, "b" in ks, ("b", 2) in r.items(), 3 in r.values(), isinstance(ks, Set))
print(ks & {"b", "zz"}, sorted(ks | {"q"}), sorted(ks - {"b"}), len(r.items()))
r.clear()
print(len(r))


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(x=1, y=2)
print(f["x"], f.get("y"), list(f), f == Frozen(x=1, y=2), f == {"x": 1, "y": 2}, f == [1])
try:
    reversed(f)
except TypeError as e:
    print(type(e).__name__, e)


class Bits(Set):
    def __init__(self, it=()):
        self.items = sorted(set(it))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Bits({self.items})"

    __hash__ = Set._hash


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bits([2]) < a, a == Bits([3, 2, 1]), a.isdisjoint([7]))
print(a & [2, 9], [1, 2] & a, hash(a) == hash(frozenset([1, 2, 3])), a >= Bits([1]), a > a)


class Tags(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


t = Tags()
t |= [3, 1, 2]
t -= [1]
print(list(t), t.pop(), list(t))
t ^= [2, 5]
print(list(t))
try:
    t.remove(42)
except KeyError as e:
    print(type(e).__name__, e)


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(c))


class Echo(Generator):
    def send(self, v):
        if v == "stop":
            raise StopIteration
        return v

    def throw(self, typ, val=None, tb=None):
        raise StopIteration


g = Echo()
print(next(g), g.send(5), g.close())


class Incomplete(Sequence):
    def __len__(self):
        return 0


class TwoMissing(MutableMapping):
    def __getitem__(self, k):
        return k


for cls in (Incomplete, TwoMissing, Iterable, Sized, Container, Hashable, Callable, Set, MutableSequence):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(KeysView({"a": 1}), ItemsView({"a": 1}), ValuesView({"a": 1}), len(KeysView({"a": 1, "b": 2})))
print(list(ItemsView({"a": 1})), list(ValuesView({"a": 1})), ("a", 1) in ItemsView({"a": 1}))
