# One call site, many receiver types: built-in types, classes, subclasses, slots.


class A:
    def describe(self):
        return "A"

    def size(self):
        return 1


class B(A):
    def describe(self):
        return "B(" + super().describe() + ")"


class C(A):
    __slots__ = ("s",)

    def __init__(self):
        self.s = 3

    def size(self):
        return self.s


class D:
    def __getattr__(self, name):
        return lambda: "D.__getattr__ " + name


class E:
    def __init__(self):
        self.describe = lambda: "E instance attribute"

    def size(self):
        return 5


def describe(o):
    return o.describe()


def size(o):
    return o.size()


objs = [A(), B(), C(), D(), E(), A(), B()]
for _ in range(3):
    print([describe(o) for o in objs])
print([size(o) for o in objs])

# Built-in types at one method-call site.
def upper_or_len(o):
    return o.__len__()


print([upper_or_len(x) for x in ["abc", [1, 2], (1,), {1: 2}, {3}, b"xy", range(7)]])


def count_one(o):
    return o.count(1)


print([count_one(x) for x in [[1, 1, 2], (1, 2, 1, 1), "a1b1"[1:2] * 0 or [1]]])

# Errors from the same site for a type without the method.
for o in [[3, 1, 2], "text", 5]:
    try:
        print(o.sort())
    except AttributeError as e:
        print(type(e).__name__, e)

# Many classes created in a loop, all through one site.
classes = []
for i in range(12):
    classes.append(type("K%d" % i, (A,), {"describe": (lambda n: lambda self: "K%d" % n)(i)}))
print([describe(k()) for k in classes])
print([describe(k()) for k in reversed(classes)])

# Attribute loads across types at one site.
class P1:
    def __init__(self):
        self.v = "P1 v"


class P2:
    v = "P2 class v"


class P3:
    __slots__ = ("v",)

    def __init__(self):
        self.v = "P3 slot v"


class P4:
    @property
    def v(self):
        return "P4 property v"


def get_v(o):
    return o.v


print([get_v(o) for o in [P1(), P2(), P3(), P4(), P1(), P3()]])
print(get_v(1j) if False else (3 + 4j).real, (5).real, True.real)
