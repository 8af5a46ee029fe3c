# Unary operators and abs(): dunders, inheritance, NotImplemented and error messages.
class Vec:
    def __init__(self, *c):
        self.c = c

    def __neg__(self):
        return Vec(*(-x for x in self.c))

    def __pos__(self):
        return Vec(*(abs(x) for x in self.c))

    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5

    def __invert__(self):
        return Vec(*reversed(self.c))

    def __repr__(self):
        return f"Vec{self.c}"


v = Vec(3, -4)
print(-v, +v, abs(v), ~v, -(-v), ~~v, -+~v)


class Weird:
    def __neg__(self):
        return "negated"

    def __invert__(self):
        return NotImplemented

    def __pos__(self):
        return None


w = Weird()
print(-w, ~w, +w)
print(- - w if False else "double negation of str fails:", end=" ")
try:
    - -w
except TypeError as e:
    print(type(e).__name__, e)


class Nothing:
    pass


for label, thunk in [("-", lambda: -Nothing()), ("+", lambda: +Nothing()), ("~", lambda: ~Nothing()),
                     ("abs", lambda: abs(Nothing())), ("~float", lambda: ~1.5), ("-str", lambda: -"s"),
                     ("+list", lambda: +[1]), ("abs str", lambda: abs("x")), ("~None", lambda: ~None)]:
    try:
        thunk()
    except TypeError as e:
        print(label, type(e).__name__, e)


class Child(Vec):
    def __neg__(self):
        base = super().__neg__()
        return Child(*base.c)

    def __repr__(self):
        return "Child" + super().__repr__()[3:]


print(-Child(1, 2), abs(Child(6, 8)), ~Child(1, 2))


class Flag(int):
    def __invert__(self):
        return Flag(int(self) ^ 0b1111)

    def __repr__(self):
        return f"Flag({int(self):04b})"


print(~Flag(0b1010), -Flag(3), type(-Flag(3)).__name__, abs(Flag(-0)) if False else abs(-Flag(5)))
print(-True, +True, ~True, ~False, abs(-True), -0.0, abs(-0.0), ~-1, -(2**63), abs(-(2**100)))
print(-(1 + 2j), abs(3 + 4j), +(-0.0))


class Late:
    pass


def neg(self):
    return "late neg"


Late.__neg__ = neg
print(-Late())
del Late.__neg__
try:
    -Late()
except TypeError as e:
    print(type(e).__name__, e)
inst = Late()
inst.__neg__ = lambda: "instance attribute ignored"
try:
    -inst
except TypeError as e:
    print(type(e).__name__, e)
