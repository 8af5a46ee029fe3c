# Operator dunders looked up once per class version: reassigning, deleting and re-adding a
# dunder on the class after the first use takes effect at once; one set on an instance is
# ignored, as CPython's special-method lookup ignores it.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __eq__(self, other):
        return self.cents == other.cents

    def __repr__(self):
        return f"Money({self.cents})"


a, b = Money(150), Money(275)
for _ in range(3):
    print("add", a + b, "eq", a == Money(150), "ne", a != Money(150))


def add_twice(self, other):
    return Money(2 * (self.cents + other.cents))


Money.__add__ = add_twice
print("after rebind", a + b)

del Money.__add__
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)

Money.__add__ = lambda self, other: "lambda sum"
print("lambda", a + b)

# On an instance: ignored by the operator, visible to attribute access.
a.__add__ = lambda other: "instance"
print("instance dunder ignored:", a + b, "| explicit:", a.__add__(b))

# `__eq__` deleted: identity comparison from `object`.
del Money.__eq__
c = Money(1)
print("eq identity", c == c, c == Money(1), c != Money(1))
Money.__eq__ = lambda self, other: "eq-string"
print("eq non-bool:", Money(1) == Money(2), "| ne inverts truth:", Money(1) != Money(2))


# A subclass changing later: the base's change reaches it, its own override wins.
class Euro(Money):
    pass


e1, e2 = Euro(1), Euro(2)
print("sub inherits", e1 + e2)
Money.__add__ = lambda self, other: "base changed"
print("sub sees base change", e1 + e2)
Euro.__add__ = lambda self, other: "sub override"
print("sub own", e1 + e2, "| base", Money(1) + Money(2))
del Euro.__add__
print("sub deleted", e1 + e2)

# A dunder that is not a plain function: a callable object, a staticmethod, a builtin.


class Adder:
    def __call__(self, *args):
        return ("callable object", len(args))


class Other:
    def __init__(self, cents):
        self.cents = cents

    __sub__ = staticmethod(lambda y: ("static", y.cents))
    __mul__ = Adder()


print(Other(3) - Other(4))
try:
    print(Other(3) * Other(4))
except TypeError as e:
    print(type(e).__name__, e)

# `__eq__ = None` and `__hash__`.


class NoEq:
    __eq__ = None


try:
    print(NoEq() == NoEq())
except TypeError as e:
    print(type(e).__name__, e)
n = NoEq()
try:
    print("identity None eq", n == n)
except TypeError as e:
    print(type(e).__name__, e)
print("is", n is n)
