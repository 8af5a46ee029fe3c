# NotImplemented, TypeError messages, and the subclass-reflected-first rule.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  Meters.__add__", type(other).__name__)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        print("  Meters.__radd__", type(other).__name__)
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        return NotImplemented

    def __repr__(self):
        return type(self).__name__ + "(" + str(self.v) + ")"


class Feet:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        print("  Feet.__radd__", type(other).__name__)
        if isinstance(other, Meters):
            return Meters(other.v + self.v * 0.3)
        return NotImplemented

    def __repr__(self):
        return "Feet(" + str(self.v) + ")"


print(Meters(1) + Meters(2))
print(Meters(1) + Feet(10))
print(0 + Meters(5))
print(sum([Meters(1), Meters(2)]))
try:
    Meters(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Meters(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Meters(1) - Meters(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Feet(1) + Feet(2)
except TypeError as e:
    print(type(e).__name__, e)


# subclass that overrides the reflected method gets called first
class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"

    def __mul__(self, other):
        return "Base.__mul__"

    def __rmul__(self, other):
        return "Base.__rmul__"

    def __lt__(self, other):
        return "Base.__lt__"

    def __gt__(self, other):
        return "Base.__gt__"


class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"

    def __gt__(self, other):
        return "Sub.__gt__"


class SubNoOverride(Base):
    pass


print(Base() + Sub())
print(Sub() + Base())
print(Base() * Sub())  # Sub does not override __rmul__: forward goes first
print(Base() + SubNoOverride())
print(Base() < Sub())  # reflected comparison of subclass first
print(Sub() < Base())


# reflected op on the subclass returning NotImplemented falls back to the forward op
class B2:
    def __add__(self, other):
        return "B2.__add__"


class S2(B2):
    def __radd__(self, other):
        print("  S2.__radd__ declines")
        return NotImplemented


print(B2() + S2())


# same type: reflected method never tried
class Same:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return "never"


try:
    Same() + Same()
except TypeError as e:
    print(type(e).__name__, e)


# builtins returning NotImplemented defer to user reflected
class Any:
    def __radd__(self, other):
        return "Any.__radd__ " + repr(other)

    def __rsub__(self, other):
        return "Any.__rsub__ " + repr(other)

    def __rmul__(self, other):
        return "Any.__rmul__ " + repr(other)

    def __rtruediv__(self, other):
        return "Any.__rtruediv__ " + repr(other)


for left in [1, 1.5, "s", [1], (1,), True]:
    print(left + Any())
print(3 - Any(), [0] * Any(), 1 / Any())


# in-place returning NotImplemented with no fallback
class OnlyIadd:
    def __iadd__(self, other):
        return NotImplemented


x = OnlyIadd()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
for text, fn in [("-", lambda: x - 1), ("*", lambda: x * 1), ("/", lambda: x / 1),
                 ("//", lambda: x // 1), ("%", lambda: x % 1), ("**", lambda: x ** 1),
                 ("<<", lambda: x << 1), (">>", lambda: x >> 1), ("&", lambda: x & 1),
                 ("|", lambda: x | 1), ("^", lambda: x ^ 1), ("@", lambda: x @ 1),
                 ("-x", lambda: -x), ("+x", lambda: +x), ("~x", lambda: ~x),
                 ("abs", lambda: abs(x)), ("divmod", lambda: divmod(x, 1))]:
    try:
        fn()
    except TypeError as e:
        print(text, type(e).__name__, e)
y = OnlyIadd()
for op in ["-=", "*=", "**=", "@="]:
    try:
        if op == "-=":
            y -= 1
        elif op == "*=":
            y *= 1
        elif op == "**=":
            y **= 1
        else:
            y @= 1
    except TypeError as e:
        print(op, type(e).__name__, e)


# NotImplemented itself
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))


# __add__ raising TypeError directly propagates without trying __radd__
class Strict:
    def __add__(self, other):
        raise TypeError("strict refuses")


try:
    Strict() + Any()
except TypeError as e:
    print(type(e).__name__, e)
