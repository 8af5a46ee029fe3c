# __hash__ and __eq__: defining __eq__ makes a class unhashable, explicit hashes, dict/set use.
class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), {p: 1}[p], p in {p})


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly.__hash__)
print("__hash__" in EqOnly.__dict__)
for label, fn in [("hash", lambda: hash(EqOnly(1))), ("dict", lambda: {EqOnly(1): 1}),
                  ("set", lambda: {EqOnly(1)}), ("in set", lambda: EqOnly(1) in set()),
                  ("dict key lookup", lambda: {}.get(EqOnly(1)))]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)


class Hashable:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __eq__(self, other):
        if not isinstance(other, Hashable):
            return NotImplemented
        return (self.name, self.age) == (other.name, other.age)

    def __hash__(self):
        return hash((self.name, self.age))

    def __repr__(self):
        return "H(" + self.name + ")"


a, b, c = Hashable("a", 1), Hashable("a", 1), Hashable("b", 2)
print(a == b, a is b, hash(a) == hash(b))
s = {a, b, c}
print(len(s), sorted([x.name for x in s]))
d = {a: "first"}
d[b] = "second"
print(d, d[Hashable("a", 1)], Hashable("b", 2) in d)


# subclass of a hashable class that adds __eq__ loses hash; one that doesn't keeps it
class SubEq(Hashable):
    def __eq__(self, other):
        return True


class SubPlain(Hashable):
    pass


print(SubEq.__hash__, SubPlain.__hash__ is Hashable.__hash__)
try:
    hash(SubEq("x", 1))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(SubPlain("x", 1)) == hash(("x", 1)))


# restoring hashability explicitly
class EqButHash:
    def __eq__(self, other):
        return NotImplemented

    __hash__ = object.__hash__


print(type(hash(EqButHash())).__name__)


# __hash__ = None explicitly on a class without __eq__
class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)


# hash value normalisation
class Big:
    def __hash__(self):
        return 2 ** 70


class MinusOne:
    def __hash__(self):
        return -1


class Bad:
    def __hash__(self):
        return "str"


class FloatHash:
    def __hash__(self):
        return 1.0


print(hash(Big()) == hash(2 ** 70), hash(MinusOne()))
for cls in [Bad, FloatHash]:
    try:
        hash(cls())
    except TypeError as e:
        print(type(e).__name__, e)


# dict lookups call __eq__ only on hash collisions
class Collide:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return 42

    def __eq__(self, other):
        print("  eq", self.k, other.k)
        return self.k == other.k


table = {}
table[Collide("x")] = 1
table[Collide("y")] = 2
print(len(table))
print(table[Collide("y")])


# mutation after insertion makes lookups miss
class Mutable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


m = Mutable(1)
st = {m}
m.v = 2
print(m in st, Mutable(1) in st, len(st))


# class objects themselves are hashable even if instances are not
print({EqOnly: 1}[EqOnly], hash(EqOnly) == hash(EqOnly))


# __eq__ inheritance with __hash__ defined in base and __eq__ in subclass via assignment
class Pt:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return self.x


Pt.__eq__ = lambda self, other: self.x == other.x
print(hash(Pt(5)), Pt(5) == Pt(5), {Pt(1), Pt(1)} == {Pt(1)}, len({Pt(1), Pt(1)}))
