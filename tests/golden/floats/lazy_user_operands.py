# User classes with reflected operators mixed into float chains: the reflected method
# receives a real float object (the same object each time for one local), and what it
# returns (not a float) flows on through the rest of the chain.


class Meters:
    seen = []

    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Meters({self.v!r})"

    def __add__(self, other):
        Meters.seen.append(other)
        return Meters(self.v + other)

    __radd__ = __add__

    def __mul__(self, other):
        Meters.seen.append(other)
        return Meters(self.v * other)

    __rmul__ = __mul__

    def __rtruediv__(self, other):
        Meters.seen.append(other)
        return Meters(other / self.v)

    def __sub__(self, other):
        return Meters(self.v - other)

    def __rsub__(self, other):
        return Meters(other - self.v)

    def __neg__(self):
        return Meters(-self.v)

    def __lt__(self, other):
        return self.v < other

    def __gt__(self, other):
        return self.v > other

    def __rpow__(self, other):
        return Meters(other ** self.v)


class Weird:
    def __radd__(self, other):
        return "weird:" + repr(other)

    def __rmul__(self, other):
        return NotImplemented


def run():
    m = Meters(2.0)
    x = 1.5 * 2.0
    r = x * 2.0 + m * 3.0 - 1.0
    print(r, [repr(s) for s in Meters.seen])
    Meters.seen.clear()
    y = 0.25 + 0.5
    a = y + m
    b = y * m
    print(a, b, Meters.seen[0] is Meters.seen[1], Meters.seen[0] is y, type(Meters.seen[0]).__name__)
    Meters.seen.clear()
    print(2.0 / m, 1.0 - m, -m, -(m * 2.0), 2.0 ** Meters(3), x * x < m, 0.5 * 3.0 > Meters(1))
    vals = []
    acc = 0.0
    for k in range(5):
        v = Meters(k) if k % 2 else k * 0.5
        acc = acc * 2.0 + v
        vals.append(repr(acc))
    print(vals)
    t = 3.0 * 0.5
    print(t + Weird(), 1.5 * 2.0 + Weird())
    try:
        print(t * Weird())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(-(t * 2.0) + object())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(t < "x")
    except TypeError as e:
        print(type(e).__name__, e)


run()
