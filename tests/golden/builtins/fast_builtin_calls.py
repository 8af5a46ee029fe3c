# Built-in calls through a call site's fast entries: results, errors and rebinding.


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "yes"


class Weird(metaclass=Meta):
    pass


class Base:
    pass


class Sub(Base):
    pass


class Num:
    def __init__(self, v):
        self.v = v

    def __abs__(self):
        return Num(-self.v if self.v < 0 else self.v)

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"Num({self.v})"

    def __len__(self):
        return self.v


def checks():
    out = []
    for o in [1, True, 2.5, "s", Base(), Sub(), None, "yes", [1], 2**70]:
        out.append(
            (
                isinstance(o, Base),
                isinstance(o, int),
                isinstance(o, (str, float)),
                isinstance(o, Weird),
                isinstance(o, object),
                isinstance(o, int | str),
                type(o).__name__,
            )
        )
    return out


for row in checks():
    print(row)
print(issubclass(Sub, Base), issubclass(bool, int), issubclass(int, (str, bool)))

for x in [5, -5, 0, -(2**62), 2**62 - 1, -(2**62) + 1, -(2**70), 2.5, -0.0, -3.5, True, False, Num(-4), 3 + 4j]:
    print(repr(abs(x)), type(abs(x)).__name__)
for x in [[1, 2], "abc", (), {1: 2}, range(7), Num(3), b"xy"]:
    print(len(x))
for args in [(3, 1, 2), (1.5, 1), ("b", "a"), (Num(2), Num(1), Num(2))]:
    print(min(*args), max(*args), min(args), max(args))
print(min(2, 1), max(2, 1), min([4, 2, 8]), max("hello"), min(1, 1.0), max(1, 1.0), min(1.0, 1), max(True, 1))
print(hash(7), hash("") == hash(""), callable(len), callable(3), repr("q"), repr(Num(1)))

# Errors, with CPython's messages.
tests = [
    lambda: abs("x"),
    lambda: abs(),
    lambda: abs(1, 2),
    lambda: len(5),
    lambda: len(),
    lambda: len([], []),
    lambda: isinstance(1),
    lambda: isinstance(1, 2, 3),
    lambda: isinstance(1, 2),
    lambda: isinstance(1, list[int]),
    lambda: issubclass(1, int),
    lambda: min(),
    lambda: max([]),
    lambda: min(1, "a"),
    lambda: max(5),
    lambda: min(x=1),
    lambda: hash([]),
    lambda: type(),
    lambda: isinstance(obj=1, class_or_tuple=int),
]
for t in tests:
    for _ in range(2):
        try:
            print(t())
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)


# A builtin shadowed by a module global after first use (through globals()).
def use_abs(n):
    return abs(n)


print(use_abs(-3))
globals()["abs"] = lambda n: ("shadowed", n)
print(use_abs(-3))
del globals()["abs"]
print(use_abs(-3))


def use_isinstance(o):
    return isinstance(o, int)


print(use_isinstance(3), use_isinstance(3))
globals()["isinstance"] = lambda o, c: "fake"
print(use_isinstance(3))
del globals()["isinstance"]
print(use_isinstance(3))


def use_len(o):
    return len(o)


print(use_len("abc"))
exec_len = lambda o: -1
globals()["len"] = exec_len
print(use_len("abc"))
del globals()["len"]
print(use_len("abc"))
