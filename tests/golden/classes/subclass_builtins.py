# Subclassing built-in types: int, str, list, dict with __missing__, tuple.
class Age(int):
    def describe(self):
        return "age " + str(int(self))


a = Age(30)
print(a, a + 1, type(a + 1).__name__, a.describe(), isinstance(a, int), a == 30, hash(a) == hash(30))
print(Age("42"), Age(), repr(Age(7)), Age(3) * 2, [0, 1, 2, 3][Age(2)])


class Cents(int):
    def __str__(self):
        return str(int(self) // 100) + "." + str(int(self) % 100).rjust(2, "0")

    def __add__(self, other):
        return Cents(int(self) + int(other))


c = Cents(1234)
print(c, repr(c), c + 1, type(c + 1).__name__, f"{c}", 1 + c, type(1 + c).__name__)


class Shout(str):
    def shout(self):
        return self.upper() + "!"

    def __len__(self):
        return 100


s = Shout("hey")
print(s, s.shout(), len(s), s + "x", type(s + "x").__name__, s.upper(), s[0], s == "hey")
print("".join([s, s]), s in {"hey": 1}, sorted([Shout("b"), Shout("a")]))


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


st = Stack([1, 2])
st.push(3).push(4)
print(st, st.peek(), len(st), type(st).__name__, type(st[1:]).__name__, st + [9], isinstance(st, list))
st.extra = "attrs allowed"
print(st.extra, st == [1, 2, 3, 4])


class Logged(list):
    def append(self, x):
        print("  append", x)
        super().append(x)

    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)


lg = Logged()
lg.append(1)
lg.append(2)
print(lg[0], list(lg), lg)


class Defaults(dict):
    def __missing__(self, key):
        print("  missing", key)
        value = key * 2
        self[key] = value
        return value


d = Defaults(a="A")
print(d["a"], d["b"], d["b"], d, d.get("z"), "z" in d)
print(len(d), type(d).__name__, isinstance(d, dict))


class Counter(dict):
    def __missing__(self, key):
        return 0


cnt = Counter()
for ch in "abracadabra":
    cnt[ch] += 1
print(sorted(cnt.items()))


class NoMissing(dict):
    pass


try:
    NoMissing()["x"]
except KeyError as e:
    print(type(e).__name__, e)


class CaseInsensitive(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


ci = CaseInsensitive()
ci["Key"] = 1
print(ci["KEY"], "kEy" in ci, ci)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


pt = Point(3, 4)
print(pt, pt.x, pt.y, pt[0], len(pt), pt == (3, 4), list(pt), pt + (5,))
try:
    pt.z = 1
except AttributeError as e:
    print("tuple subclass allows attrs?", type(e).__name__)
else:
    print("tuple subclass instance has a __dict__")


class MyFloat(float):
    def __repr__(self):
        return "MyFloat(" + float.__repr__(self) + ")"


mf = MyFloat(1.5)
print(mf, mf * 2, type(mf * 2).__name__, [mf])


class Flag(int):
    pass


print(Flag(0) or "falsy", bool(Flag(5)), Flag(True))


class MySet(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self


ms = MySet()
print(sorted(ms.add_all(3, 1, 2)), type(ms).__name__, 2 in ms, type(ms | {9}).__name__)
try:
    class BadBase(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
