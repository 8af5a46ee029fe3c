# __int__, __float__, __complex__, __trunc__, __floor__, __ceil__: which builtins call which.
import math


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __complex__(self):
        return complex(self.v, 1)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"


n = Num(2.75)
print(int(n), float(n), complex(n), math.trunc(n), math.floor(n), math.ceil(n))


class OnlyIndex:
    def __index__(self):
        return 9


o = OnlyIndex()
print(int(o), float(o), complex(o), math.floor(o), math.ceil(o), math.trunc(o) if False else "-")


class OnlyFloat:
    def __float__(self):
        return 2.5


f = OnlyFloat()
print(float(f), complex(f), math.floor(f), math.ceil(f), math.sqrt(f) if False else math.fabs(f))
for label, thunk in [("int", lambda: int(f)), ("index", lambda: [1][f]), ("trunc", lambda: math.trunc(f))]:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, type(e).__name__, e)


class BadReturns:
    def __init__(self, r):
        self.r = r

    def __int__(self):
        return self.r

    def __float__(self):
        return self.r

    def __complex__(self):
        return self.r


for r in ["x", 1, 2.0, 1j, True, None]:
    for fn in (int, float, complex):
        try:
            print(fn.__name__, repr(r), repr(fn(BadReturns(r))))
        except TypeError as e:
            print(fn.__name__, repr(r), type(e).__name__, e)


class Nothing:
    pass


for fn in (int, float, complex, math.floor, math.ceil, math.trunc):
    try:
        fn(Nothing())
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)


class IntSub(int):
    def __int__(self):
        return 100

    def __float__(self):
        return -1.0


s = IntSub(5)
print(int(s), float(s), s + 0, math.floor(s), "%d" % s, f"{s}", str(s))


class FloatSub(float):
    def __float__(self):
        return 99.0


fs = FloatSub(1.5)
print(float(fs), int(fs), math.floor(fs), fs * 2, repr(fs))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(2**70) == 2**70)
for bad in [float("inf"), float("nan")]:
    for fn in (int, math.floor, math.ceil):
        try:
            fn(bad)
        except (OverflowError, ValueError) as e:
            print(fn.__name__, bad, type(e).__name__, e)
