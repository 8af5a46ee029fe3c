# functools: reduce, partial, wraps/update_wrapper, total_ordering.
from functools import reduce, partial, wraps, update_wrapper, total_ordering
import functools

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 7), reduce(max, [3, 9, 2]))
for args in ([lambda a, b: a, []], [lambda a, b: a, 5], [len]):
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError", e)


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(square(7), cube_mod(3), square(3, exp=3), partial(power, 2)(10))
p2 = partial(partial(power, 2), mod=1000)
print(p2(20), p2.func is power, p2.args, p2.keywords)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)


class Holder:
    m = partial(power, 3)


print(Holder().m(2))


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return ("wrapped", f(*a, **k))

    return inner


@deco
def greet(name):
    """Say hello."""
    return "hi " + name


print(greet("bo"), greet.__name__, greet.__qualname__, greet.__doc__, greet.__wrapped__("x"))


def target():
    pass


target.extra = 42


def shell():
    pass


update_wrapper(shell, target)
print(shell.__name__, shell.extra, shell.__wrapped__ is target, functools.WRAPPER_ASSIGNMENTS)


@total_ordering
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n

    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.n < o.n

    def __repr__(self):
        return f"V({self.n})"


a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), a >= V(1), a > V(1))
print(sorted([V(3), V(1), V(2)], reverse=True), max(V(5), V(4)))
try:
    a <= 3
except TypeError as e:
    print("TypeError", e)


@total_ordering
class G:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == o.n

    def __ge__(self, o):
        return self.n >= o.n


print(G(1) < G(2), G(2) <= G(2), G(3) > G(2), G(1) >= G(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)
