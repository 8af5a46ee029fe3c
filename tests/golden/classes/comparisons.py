# Rich comparisons: reflection, defaults, identity fallback, hand-written total ordering.
class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V" + str(self.n)


# no comparison methods: == and != use identity, ordering raises
a, b = V(1), V(1)
print(a == a, a == b, a != b, a != a)
for label, fn in [("<", lambda: a < b), ("<=", lambda: a <= b),
                  (">", lambda: a > b), (">=", lambda: a >= b),
                  ("int<", lambda: 1 < a), ("<str", lambda: a < "s")]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)


# tracing which method is used
class T:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def tracer(op):
    def method(self, other):
        print("  " + self.name + "." + op + "(" + repr(other) + ")")
        return NotImplemented
    return method


for op in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]:
    setattr(T, op, tracer(op))

x, y = T("x"), T("y")
print("x < y:")
try:
    x < y
except TypeError as e:
    print(type(e).__name__, e)
print("x == y:", x == y)
print("x != y:", x != y)
print("x == x:", x == x)
print("x >= 1:")
try:
    x >= 1
except TypeError as e:
    print(type(e).__name__, e)
print("1 < x:")
try:
    1 < x
except TypeError as e:
    print(type(e).__name__, e)


# __ne__ defaults to inverting __eq__
class OnlyEq:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print("  eq called")
        if not isinstance(other, OnlyEq):
            return NotImplemented
        return self.k == other.k


print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) != 5)
print(OnlyEq(1) == 1, 1 == OnlyEq(1))


# __eq__ returning non-bool values
class Weird:
    def __eq__(self, other):
        return "yes"

    def __lt__(self, other):
        return [1]


print(Weird() == 1, Weird() != 1, Weird() < 1, 1 > Weird())
print([Weird()] == [5], Weird() in [1, 2])


# a hand-rolled total ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return other < self

    def __ge__(self, other):
        return not self < other

    __hash__ = None

    def __repr__(self):
        return "v" + ".".join([str(p) for p in self.parts])


vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1), Version(1, 2)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1, 2) <= Version(1, 2), Version(2) > Version(1, 9), Version(1) >= Version(1, 0))
print(sorted(vs, reverse=True))
print(Version(1) == Version(1), Version(1) is Version(1), Version(1) == (1,))
try:
    Version(1) < (1,)
except TypeError as e:
    print(type(e).__name__, e)


# chained comparisons call each method once
class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v


print(Loud(1) < Loud(2) < Loud(3))
print(Loud(1) < Loud(0) < Loud(3))


# reflection: x > y with only __lt__ on y
class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  OnlyLt.__lt__")
        return self.v < other


print(5 > OnlyLt(3), OnlyLt(3) < 5)
try:
    5 < OnlyLt(3)
except TypeError as e:
    print(type(e).__name__, e)


# comparison used by list.sort, min, max, sorted with keys
class Card:
    order = "23456789TJQKA"

    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)

    def __repr__(self):
        return self.rank


hand = [Card(r) for r in "KA29T"]
hand.sort()
print(hand, max(hand), min(hand))

# __eq__ used by list.index / count / remove / in
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()

    def __repr__(self):
        return "Key(" + self.k + ")"


keys = [Key("a"), Key("B"), Key("c"), Key("b")]
print(keys.index(Key("b")), keys.count(Key("B")), Key("C") in keys, Key("z") in keys)
keys.remove(Key("b"))
print(keys)
print((Key("x"), 1) == (Key("X"), 1), [Key("q")] != [Key("Q")])

# comparing an object with itself in a container short-circuits on identity
class NeverEqual:
    def __eq__(self, other):
        return False


ne = NeverEqual()
print(ne == ne, ne in [ne], [ne] == [ne], [ne].count(ne))
