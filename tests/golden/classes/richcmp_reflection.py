# Rich comparisons: reflected operands, subclass priority, NotImplemented chains, messages.
log = []


class Cmp:
    def __init__(self, name, answer=NotImplemented):
        self.name = name
        self.answer = answer

    def _op(op):
        def method(self, other):
            log.append(f"{self.name}.{op}({getattr(other, 'name', other)!r})")
            return self.answer

        method.__name__ = op
        return method

    __lt__ = _op("__lt__")
    __le__ = _op("__le__")
    __gt__ = _op("__gt__")
    __ge__ = _op("__ge__")
    __eq__ = _op("__eq__")
    __ne__ = _op("__ne__")
    __hash__ = None


def show(label, thunk):
    log.clear()
    try:
        r = thunk()
    except TypeError as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{label:8} -> {r!r:50} {log}")


a, b = Cmp("a"), Cmp("b", answer="b-said")
show("a < b", lambda: a < b)
show("a <= b", lambda: a <= b)
show("a > b", lambda: a > b)
show("a >= b", lambda: a >= b)
show("a == b", lambda: a == b)
show("a != b", lambda: a != b)
n1, n2 = Cmp("n1"), Cmp("n2")
show("n1 < n2", lambda: n1 < n2)
show("n1 >= n2", lambda: n1 >= n2)
show("n1 == n2", lambda: n1 == n2)
show("n1 == n1", lambda: n1 == n1)
show("n1 != n2", lambda: n1 != n2)
show("n1 < 3", lambda: n1 < 3)
show("3 < n1", lambda: 3 < n1)
show("'s' >= n1", lambda: "s" >= n1)
show("None == n1", lambda: None == n1)


class Sub(Cmp):
    pass


class SubOverrides(Cmp):
    def __gt__(self, other):
        log.append("SubOverrides.__gt__")
        return "sub-wins"


base = Cmp("base", answer="base-said")
show("base < Sub", lambda: base < Sub("sub", answer="sub-said"))
show("base < SubO", lambda: base < SubOverrides("so"))
show("SubO > base", lambda: SubOverrides("so") > base)


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v


print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) != 1)


class NeOnly:
    def __ne__(self, other):
        return "custom-ne"


print(NeOnly() != 1, NeOnly() == 1, 1 != NeOnly())

for x, y in [(1, "1"), ([1], (1,)), ({1}, [1]), (None, None)]:
    try:
        print(x < y)
    except TypeError as e:
        print(type(e).__name__, e)
print([1, 2] < [1, 3], (1, Cmp("deep", answer=True)) < (1, Cmp("other")), log[-1:])
