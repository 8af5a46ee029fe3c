# Hashing rules: inheritance of __hash__, __eq__ without __hash__, explicit None, bad results.
class Base:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Base) and self.k == other.k

    def __hash__(self):
        return hash(("Base", self.k))


class InheritsBoth(Base):
    pass


class OverridesEq(Base):
    def __eq__(self, other):
        return super().__eq__(other)


class KeepsHash(Base):
    def __eq__(self, other):
        return super().__eq__(other)

    __hash__ = Base.__hash__


print(hash(InheritsBoth(1)) == hash(Base(1)), InheritsBoth.__hash__ is Base.__hash__)
print(OverridesEq.__hash__, "__hash__" in OverridesEq.__dict__)
print(hash(KeepsHash(2)) == hash(Base(2)))
try:
    {OverridesEq(1)}
except TypeError as e:
    print(type(e).__name__, e)


class Unhashable:
    __hash__ = None


for label, thunk in [("hash", lambda: hash(Unhashable())), ("set", lambda: {Unhashable()}),
                     ("dict", lambda: {Unhashable(): 0}), ("frozenset", lambda: frozenset([Unhashable()]))]:
    try:
        thunk()
    except TypeError as e:
        print(label, type(e).__name__, e)


class HashableAgain(Unhashable):
    def __hash__(self):
        return 7


print(hash(HashableAgain()))


class BadHash:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value


for value in [3, -1, 2**64 + 5, -(2**80), True, 2.5, "s", None]:
    try:
        print("hash", repr(value), hash(BadHash(value)))
    except TypeError as e:
        print("hash", repr(value), type(e).__name__, e)


class IntSubHash(int):
    pass


class ReturnsIntSub:
    def __hash__(self):
        return IntSubHash(12)


print(hash(ReturnsIntSub()), type(hash(ReturnsIntSub())).__name__)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))


class Key:
    calls = 0

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        Key.calls += 1
        return len(self.name)

    def __eq__(self, other):
        print(f"  eq {self.name} vs {other.name}")
        return self.name == other.name


d = {Key("ab"): 1, Key("cd"): 2}
print(d[Key("cd")], Key.calls)
same = Key("ab")
d[same] = 10
print(len(d), d[same])


class EqNotImplemented:
    def __eq__(self, other):
        return NotImplemented

    __hash__ = object.__hash__


x = EqNotImplemented()
print(x == x, x == EqNotImplemented(), {x: 1}[x], x in [x], EqNotImplemented() in [x])
print(object.__hash__(Unhashable()) != 0, type(Unhashable.__hash__).__name__)
