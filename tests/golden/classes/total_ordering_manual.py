# Ordering: functools.total_ordering fills the rest from __eq__ plus one; sorting uses __lt__ only.
import functools

compares = []


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        compares.append("lt")
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2"), a != b)
print(sorted([Version("2.0"), a, b, Version("0.9")]), max(a, b), min([b, a]))
print(sorted(k for k in ("__lt__", "__le__", "__gt__", "__ge__") if k in Version.__dict__))
for thunk in [lambda: a < 1, lambda: a >= "x", lambda: 1 > a]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        compares.append(f"{self.v}<{other.v}")
        return self.v < other.v

    def __repr__(self):
        return f"O{self.v}"


compares.clear()
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), max([OnlyLt(1), OnlyLt(5)]), len(compares) > 0)
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
print(OnlyLt(2) > OnlyLt(1))


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"


print(sorted([OnlyGt(2), OnlyGt(1)]), OnlyGt(1) < OnlyGt(2))
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(type(e).__name__, e)


@functools.total_ordering
class FromGe:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(FromGe(1) < FromGe(2), FromGe(2) <= FromGe(2), FromGe(3) > FromGe(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))
