# The reflected method of a right operand whose type is a subclass goes first, only when
# the subclass provides (overrides) it; same types never reflect.
log = []


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        log.append(f"{type(self).__name__}.__add__")
        if isinstance(other, Num):
            return type(self)(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        log.append(f"{type(self).__name__}.__radd__")
        if isinstance(other, (int, Num)):
            ov = other if isinstance(other, int) else other.v
            return type(self)(ov + self.v)
        return NotImplemented

    def __sub__(self, other):
        log.append(f"{type(self).__name__}.__sub__")
        return type(self)(self.v - other.v)

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"


class Inherits(Num):
    pass


class Overrides(Num):
    def __radd__(self, other):
        log.append("Overrides.__radd__")
        return Overrides(1000)

    def __rsub__(self, other):
        log.append("Overrides.__rsub__")
        return NotImplemented


def run(label, thunk):
    log.clear()
    try:
        r = thunk()
    except TypeError as e:
        r = f"TypeError: {e}"
    print(f"{label:22} {r!s:40} {log}")


run("Num + Num", lambda: Num(1) + Num(2))
run("Num + Inherits", lambda: Num(1) + Inherits(2))
run("Num + Overrides", lambda: Num(1) + Overrides(2))
run("Overrides + Num", lambda: Overrides(2) + Num(1))
run("Overrides + Overrides", lambda: Overrides(1) + Overrides(2))
run("Num - Overrides", lambda: Num(5) - Overrides(2))
run("3 + Num", lambda: 3 + Num(4))
run("3 + Overrides", lambda: 3 + Overrides(4))
run("Num + 'x'", lambda: Num(1) + "x")


class MyInt(int):
    def __radd__(self, other):
        log.append("MyInt.__radd__")
        return MyInt(int(other) * 100 + int(self))

    def __rmul__(self, other):
        log.append("MyInt.__rmul__")
        return NotImplemented


run("1 + MyInt(2)", lambda: 1 + MyInt(2))
run("MyInt(2) + 1", lambda: MyInt(2) + 1)
run("3 * MyInt(2)", lambda: 3 * MyInt(2))
run("True + MyInt(2)", lambda: True + MyInt(2))


class MyFloat(float):
    def __rtruediv__(self, other):
        log.append("MyFloat.__rtruediv__")
        return "reflected-first"


run("1.0 / MyFloat(2)", lambda: 1.0 / MyFloat(2))
run("1 / MyFloat(2)", lambda: 1 / MyFloat(2))


class MyList(list):
    def __radd__(self, other):
        log.append("MyList.__radd__")
        return MyList(list(other) + list(self))


run("[1] + MyList([2])", lambda: [1] + MyList([2]))
run("(1,) + MyList([2])", lambda: (1,) + MyList([2]))


class MyStr(str):
    def __radd__(self, other):
        log.append("MyStr.__radd__")
        return MyStr(other.upper() + str(self))


run("'ab' + MyStr('cd')", lambda: "ab" + MyStr("cd"))
