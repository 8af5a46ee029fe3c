# locals() in a function: a snapshot of the bound locals and free variables.

def simple(a, b=2, *rest, flag=False, **extra):
    total = a + b
    print(locals())
    total += 1
    snap = locals()
    total += 100
    print(snap["total"], total)
    return snap


result = simple(1, 2, 3, 4, flag=True, key="v")
print(sorted(result))


def unbound_names():
    print(locals())
    x = 1
    print(locals())
    del x
    print(locals())
    if False:
        never = 0
    print("never" in locals())


unbound_names()


def outer():
    captured = "cell"
    other = 5

    def inner():
        print("inner:", locals())
        return captured

    print("outer:", sorted(locals()))
    inner()
    return other


outer()


def param_cell(p, q):
    def use():
        return p
    print([(k, type(v).__name__) for k, v in locals().items()])
    return use


param_cell(7, 8)


def vars_no_args(n):
    double = n * 2
    return vars()


print(vars_no_args(4))


# A snapshot: writing to it does not change the local.
def no_write_back():
    v = 1
    locals()["v"] = 2
    print(v)


no_write_back()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        print(sorted(locals()))


Point(1, 2)


def gen(n):
    for i in range(n):
        yield sorted(locals().items())


print(list(gen(2)))
