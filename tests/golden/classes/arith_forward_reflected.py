# The whole arithmetic table: forward, reflected and in-place dunders.
class Tracer:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "T(" + self.name + ")"


OPS = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
       "and", "or", "xor", "lshift", "rshift", "matmul"]


def make_forward(op):
    def f(self, other):
        return "fwd " + op + " " + self.name + " " + repr(other)
    return f


def make_reflected(op):
    def f(self, other):
        return "ref " + op + " " + self.name + " " + repr(other)
    return f


def make_inplace(op):
    def f(self, other):
        return "inp " + op + " " + self.name + " " + repr(other)
    return f


for op in OPS:
    setattr(Tracer, "__" + op + "__", make_forward(op))
    setattr(Tracer, "__r" + op + "__", make_reflected(op))

t = Tracer("t")
print(t + 1, "|", 1 + t)
print(t - 1, "|", 1 - t)
print(t * 2, "|", 2 * t)
print(t / 2, "|", 2 / t)
print(t // 2, "|", 2 // t)
print(t % 2, "|", 2 % t)
print(t ** 2, "|", 2 ** t)
print(t & 2, "|", 2 & t)
print(t | 2, "|", 2 | t)
print(t ^ 2, "|", 2 ^ t)
print(t << 2, "|", 2 << t)
print(t >> 2, "|", 2 >> t)
print(t @ 2, "|", 2 @ t)
print(t + t)
print("x" + t, [1] * t, 2.5 - t)

# in-place falls back to the forward op when no __i*__ exists
v = Tracer("v")
v += 1
print(v)
v = Tracer("v")
v **= 3
print(v)

for op in OPS:
    setattr(Tracer, "__i" + op + "__", make_inplace(op))

results = []
for op_text in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", "@="]:
    w = Tracer("w")
    if op_text == "+=":
        w += 1
    elif op_text == "-=":
        w -= 1
    elif op_text == "*=":
        w *= 1
    elif op_text == "/=":
        w /= 1
    elif op_text == "//=":
        w //= 1
    elif op_text == "%=":
        w %= 1
    elif op_text == "**=":
        w **= 1
    elif op_text == "&=":
        w &= 1
    elif op_text == "|=":
        w |= 1
    elif op_text == "^=":
        w ^= 1
    elif op_text == "<<=":
        w <<= 1
    elif op_text == ">>=":
        w >>= 1
    elif op_text == "@=":
        w @= 1
    results.append(w)
for r in results:
    print(r)

# in-place on a non-Tracer left side uses the reflected op of the right
n = 5
n += Tracer("r")
print(n)


# a mutable vector with __iadd__ returning self
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.xs])
        return NotImplemented

    __radd__ = __add__

    def __iadd__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        for i, b in enumerate(other.xs):
            self.xs[i] += b
        return self

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*[a * k for a in self.xs])

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        return sum([a * b for a, b in zip(self.xs, other.xs)])

    def __repr__(self):
        return "Vec" + repr(tuple(self.xs))


a = Vec(1, 2)
b = Vec(10, 20)
print(a + b, a + 1, 1 + a, a * 3, 3 * a, a @ b)
alias = a
a += b
print(a, alias is a)
a += 5  # __iadd__ returns NotImplemented, falls back to __add__ making a new object
print(a, alias is a, alias)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
print(sum([Vec(1, 1), Vec(2, 2)]))
try:
    a * "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * a
except TypeError as e:
    print(type(e).__name__, e)


# __pow__ with a modulus argument
class P:
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)

    def __rpow__(self, b, mod=None):
        return ("rpow", b, mod)


print(P() ** 2, pow(P(), 2), pow(P(), 2, 7), 3 ** P())
try:
    pow(3, P(), 5)
except TypeError as e:
    print(type(e).__name__, e)


# divmod uses __divmod__ / __rdivmod__
class DM:
    def __divmod__(self, o):
        return "divmod", o

    def __rdivmod__(self, o):
        return "rdivmod", o


print(divmod(DM(), 3), divmod(3, DM()))
