# Binary operators between instances of one class (the slot's fast path) and of related
# classes: NotImplemented from __add__, a class with only __radd__, dunders rebound on the
# class, a subclass's reflected method taking priority, and non-function dunders.


class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return V(self.n + other.n)

    def __sub__(self, other):
        return NotImplemented

    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n

    def __repr__(self):
        return "V(%d)" % self.n


print(V(1) + V(2), V(1) == V(1), V(1) == V(2), V(1) != V(1))
try:
    V(1) - V(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) + 1
except TypeError as e:
    print(type(e).__name__, e)


class OnlyR:
    def __radd__(self, other):
        return "radd"


try:
    OnlyR() + OnlyR()
except TypeError as e:
    print(type(e).__name__, e)
print(1 + OnlyR())


class W(V):
    def __radd__(self, other):
        return "W.radd"


print(V(1) + W(2), W(1) + W(2), W(3) + V(1))

acc = V(0)
for i in range(5):
    if i == 3:
        V.__add__ = lambda a, b: V(a.n * 10 + b.n)
    acc = acc + V(i)
print(acc)


class Mul:
    def __init__(self, k):
        self.k = k

    __mul__ = staticmethod(lambda b: ("static mul", b.k))


print(Mul(1) * Mul(2))


class Callable:
    def __call__(self, a, b):
        return "callable dunder"


class UsesObj:
    pass


try:
    UsesObj.__add__ = Callable()
    print(UsesObj() + UsesObj())
except TypeError as e:
    print(type(e).__name__, e)
