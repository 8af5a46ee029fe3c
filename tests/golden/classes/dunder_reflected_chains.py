# Reflected operands, NotImplemented chains and in-place fallbacks between classes, with the
# operands-of-one-class fast path in between.


class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if isinstance(other, V):
            return type(self)(self.n + other.n)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, int):
            return type(self)(self.n + other)
        return NotImplemented

    def __sub__(self, other):
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, V):
            return self.n < other.n
        return NotImplemented

    def __repr__(self):
        return f"{type(self).__name__}({self.n})"


class W(V):
    # Overrides the reflected method: W's goes first when W is on the right of a V.
    def __radd__(self, other):
        return "W.__radd__ first"

    def __gt__(self, other):
        return "W.__gt__ reflected first"


class X(V):
    # Does not override __radd__: V's __add__ goes first.
    pass


print(V(1) + V(2), V(1) + W(2), W(1) + V(2), V(1) + X(2), X(1) + X(2))
print(5 + V(1), 5 + W(1))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) - V(2)
except TypeError as e:
    print(type(e).__name__, e)
print(V(1) < V(2), V(1) < W(2), W(3) < V(2))
try:
    V(1) < 3
except TypeError as e:
    print(type(e).__name__, e)


# Same class, __add__ returns NotImplemented, __radd__ exists: for one class, only __add__ is
# tried (its NotImplemented is final).
class OnlyR:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return "radd"


try:
    OnlyR() + OnlyR()
except TypeError as e:
    print(type(e).__name__, e)
print(1 + OnlyR())


# A list subclass whose __add__ declines: list's concatenation is not a fallback (defining
# __add__ replaced it), but list's repetition still is for `*`.
class L(list):
    def __add__(self, other):
        return NotImplemented


try:
    print(L([1]) + L([2]))
except TypeError as e:
    print(type(e).__name__, e)
print(L([1]) * 2, L([1, 2]) + [3] if False else "skip")


# In-place: __iadd__ first, NotImplemented falls back to __add__, then __radd__.
class I:
    def __init__(self, tag):
        self.tag = tag

    def __iadd__(self, other):
        print("  iadd", self.tag, other.tag)
        return NotImplemented

    def __add__(self, other):
        print("  add", self.tag, other.tag)
        return I(self.tag + other.tag)


x = I("a")
x += I("b")
print("inplace", x.tag)


class J:
    def __init__(self, tag):
        self.tag = tag

    def __add__(self, other):
        return I(self.tag + "+" + other.tag)


y = J("p")
y += J("q")
print("inplace via add", type(y).__name__, y.tag)
y = J("p")
try:
    y -= J("q")
except TypeError as e:
    print(type(e).__name__, e)

# Other operators, one class.


class N:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return N(self.v * o.v)

    def __truediv__(self, o):
        return N(self.v / o.v)

    def __floordiv__(self, o):
        return N(self.v // o.v)

    def __mod__(self, o):
        return N(self.v % o.v)

    def __pow__(self, o, m=None):
        return N(pow(self.v, o.v, None if m is None else m.v))

    def __lshift__(self, o):
        return N(self.v << o.v)

    def __rshift__(self, o):
        return N(self.v >> o.v)

    def __and__(self, o):
        return N(self.v & o.v)

    def __or__(self, o):
        return N(self.v | o.v)

    def __xor__(self, o):
        return N(self.v ^ o.v)

    def __matmul__(self, o):
        return N(self.v * 10 + o.v)

    def __le__(self, o):
        return self.v <= o.v

    def __ge__(self, o):
        return self.v >= o.v

    def __ne__(self, o):
        return "custom ne"


a, b = N(12), N(5)
for r in (a * b, a / b, a // b, a % b, a**b, pow(a, b, N(7)), a << b, a >> b, a & b, a | b, a ^ b, a @ b):
    print(r.v, end=" ")
print()
print(a <= b, a >= b, a != b, a == b, a == a)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
