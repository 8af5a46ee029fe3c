# Float subclasses in float chains: exact-float fast paths must not take them when they
# override an operator, and results of float's own operators on them are plain floats.


class Celsius(float):
    def __repr__(self):
        return f"Celsius({float(self)!r})"


class Loud(float):
    def __add__(self, other):
        return Loud(float(self) + other + 100.0)

    __radd__ = __add__

    def __mul__(self, other):
        return "mul:" + repr(float(self) * other)

    def __neg__(self):
        return "neg"

    def __lt__(self, other):
        return "lt"


def run():
    c = Celsius(21.5)
    x = c * 2.0 + 1.0
    y = -c
    z = c ** 2
    print(repr(x), type(x).__name__, repr(y), type(y).__name__, repr(z), type(z).__name__)
    print(c + c, type(c + c).__name__, c < 22.0, c * 1.0 == c, isinstance(c * 1.0, Celsius))
    s = 0.0
    for k in range(3):
        s = s + Celsius(k) * 0.5
    print(repr(s), type(s).__name__)
    lo = Loud(1.0)
    print(repr(lo + 2.0), repr(2.0 + lo), repr(0.5 * 4.0 + lo), lo * 3.0, 3.0 * lo, -lo, lo < 0.5)
    t = 1.0 * 2.0
    acc = t + lo
    print(type(acc).__name__, repr(acc), acc * 2, repr(acc - 1.0))


run()
