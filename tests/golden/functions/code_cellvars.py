# co_cellvars / co_freevars: CPython's orders, and __closure__ following co_freevars.


def outer(zeta, beta, alpha, unused=0):
    quux = "q"
    mid = "m"

    def inner():
        return alpha, beta, zeta, quux, mid

    def other():
        nonlocal mid
        mid = "changed"
        return mid

    return inner, other


inner, other = outer("z", "b", "a")
print(outer.__code__.co_cellvars, outer.__code__.co_freevars)
print(inner.__code__.co_freevars, inner.__code__.co_cellvars)
print(other.__code__.co_freevars)
print([c.cell_contents for c in inner.__closure__])
print(other(), [c.cell_contents for c in inner.__closure__])
print(dict(zip(inner.__code__.co_freevars, (c.cell_contents for c in inner.__closure__))))


class Base:
    def hello(self):
        return "base"


def make():
    Zed = 1
    apple = 2

    class K(Base):
        def m(self):
            return Zed, apple, __class__.__name__, super().hello()

    return K


K = make()
print(K.m.__code__.co_freevars, K().m(), make.__code__.co_cellvars)
print([type(c.cell_contents).__name__ for c in K.m.__closure__])


def no_closure(x, y=2):
    return x + y


print(no_closure.__code__.co_freevars, no_closure.__code__.co_cellvars, no_closure.__closure__)


def gen_outer(n):
    def g():
        yield from range(n)

    return g


g = gen_outer(3)
print(gen_outer.__code__.co_cellvars, g.__code__.co_freevars, list(g()))
lam = (lambda a: lambda: a)(5)
print(lam.__code__.co_freevars, lam.__closure__[0].cell_contents, lam())


def comp_cells(items):
    total = 10
    return [lambda: i + total for i in items]


fs = comp_cells([1, 2])
print(fs[0].__code__.co_freevars, [f() for f in fs])
