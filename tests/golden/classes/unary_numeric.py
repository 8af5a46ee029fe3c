# Unary operators and numeric conversion dunders.
class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(abs(self.v))

    def __invert__(self):
        return Num(~self.v)

    def __abs__(self):
        return Num(abs(self.v) * 100)

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v) + 0.5

    def __index__(self):
        return int(self.v)

    def __round__(self, ndigits=None):
        return ("round", ndigits)

    def __complex__(self):
        return complex(self.v, 1)

    def __repr__(self):
        return "Num(" + repr(self.v) + ")"


n = Num(-7)
print(-n, +n, ~n, abs(n), - -n)
print(int(n), float(n), round(n), round(n, 2), complex(n))

# __index__ powers slicing, indexing, bin/hex/oct, range
data = list(range(20))
i = Num(3)
print(data[i], data[Num(1):Num(5)], data[::Num(7)])
print(bin(i), hex(Num(255)), oct(Num(8)))
print(list(range(Num(4))), list(range(Num(1), Num(10), Num(3))))
print("ab" * Num(3), [0] * Num(2), (1,) * Num(2))


# int() falls back to __index__, float() falls back to __index__
class OnlyIndex:
    def __index__(self):
        return 12


oi = OnlyIndex()
print(int(oi), float(oi), [10, 20][OnlyIndex.__index__(oi) - 11])
try:
    round(oi)
except TypeError as e:
    print(type(e).__name__, e)


class OnlyInt:
    def __int__(self):
        return 9


print(int(OnlyInt()))
try:
    [1, 2][OnlyInt()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(OnlyInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(OnlyInt())
except TypeError as e:
    print(type(e).__name__, e)


class OnlyFloat:
    def __float__(self):
        return 2.5


print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)


# wrong return types
class BadInt:
    def __int__(self):
        return "nope"

    def __index__(self):
        return 1.5

    def __float__(self):
        return 1

    def __neg__(self):
        return "negated anyway"


b = BadInt()
for label, fn in [("int", lambda: int(b)), ("index", lambda: [1][b]),
                  ("float", lambda: float(b)), ("bin", lambda: bin(b))]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)
print(-b)


# missing unary operators
class Bare:
    pass


for label, fn in [("neg", lambda: -Bare()), ("pos", lambda: +Bare()),
                  ("invert", lambda: ~Bare()), ("abs", lambda: abs(Bare())),
                  ("int", lambda: int(Bare())), ("float", lambda: float(Bare())),
                  ("round", lambda: round(Bare())), ("index", lambda: [1][Bare()]),
                  ("complex", lambda: complex(Bare()))]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)


# __round__ and __trunc__/__floor__/__ceil__ via math-free builtins
class R:
    def __round__(self, n=None):
        if n is None:
            return 1
        return n * 10


print(round(R()), round(R(), 3), round(R(), None))


# __bool__ result must be bool
class B:
    def __init__(self, val):
        self.val = val

    def __bool__(self):
        return self.val


print(bool(B(True)), bool(B(False)), not B(False))
try:
    bool(B(1))
except TypeError as e:
    print(type(e).__name__, e)


# subclass of int keeps working with overridden __neg__
class MyInt(int):
    def __neg__(self):
        return "custom neg"


mi = MyInt(5)
print(-mi, +mi, abs(MyInt(-3)), ~mi, mi + 1, type(mi + 1).__name__)
