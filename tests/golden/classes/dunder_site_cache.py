# One operator site used again and again (its cache record filled, then hit inline) while
# the classes, operand types and results change under it.


def add(x, y):
    return x + y


def eq(x, y):
    return x == y


def lt_cond(x, y):
    if x < y:
        return "lt"
    return "not lt"


def ne_cond(x, y):
    return "ne" if x != y else "not ne"


class P:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return P(self.v + o.v)

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return f"P({self.v})"


class Q(P):
    def __radd__(self, o):
        return "Q.__radd__"


class R:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return "R.__radd__ never for one class"

    def __eq__(self, o):
        return NotImplemented

    def __lt__(self, o):
        return [] if self.v else [1]


for i in range(4):
    print(add(P(i), P(10)), eq(P(i), P(2)), lt_cond(P(i), P(2)), ne_cond(P(i), P(1)))

# Other types at the same sites: ints, strs, a subclass (reflected first), mixed.
print(add(1, 2), add("a", "b"), add(P(1), Q(2)), add(Q(1), Q(2)), add(Q(5), P(1)))
print(eq(1, 1), eq("x", "x"), eq(P(1), Q(1)), lt_cond(3, 4), ne_cond("a", "a"))
for i in range(3):
    print(add(P(i), P(i)), end=" ")
print()

# Rebinding the dunder after the sites have been filled.
P.__add__ = lambda self, o: "rebound add"
P.__eq__ = lambda self, o: "truthy string"
P.__lt__ = lambda self, o: 0
print(add(P(1), P(2)), eq(P(1), P(2)), lt_cond(P(1), P(2)), ne_cond(P(1), P(2)))
del P.__lt__
try:
    lt_cond(P(1), P(2))
except TypeError as e:
    print(type(e).__name__, e)
del P.__eq__
p = P(3)
print(eq(p, p), eq(p, P(3)), ne_cond(p, p), ne_cond(p, P(3)))

# NotImplemented from the inline call: the rest of the protocol, without calling it again.
for _ in range(3):
    try:
        add(R(1), R(2))
    except TypeError as e:
        print(type(e).__name__, e)
    r = R(1)
    print(eq(r, r), eq(r, R(1)), ne_cond(r, R(1)), lt_cond(R(1), R(2)), lt_cond(R(0), R(2)))


# Exceptions raised inside the inline call propagate with their traceback.
class Boom:
    def __add__(self, o):
        raise ValueError("boom add")

    def __eq__(self, o):
        raise KeyError("boom eq")

    def __lt__(self, o):
        return self.bad_attribute


for _ in range(3):
    for f in (add, eq, lt_cond):
        try:
            f(Boom(), Boom())
        except Exception as e:
            print(f.__name__, type(e).__name__, e)


# A dunder that rebinds itself during the call (the record's function stays alive).
class Once:
    def __add__(self, o):
        Once.__add__ = lambda self, o: "second"
        return "first"


for _ in range(3):
    print(add(Once(), Once()), end=" ")
print()


# `__eq__` returning something whose truth raises.
class Bad:
    def __bool__(self):
        raise RuntimeError("no truth")


class E:
    def __eq__(self, o):
        return Bad()


for _ in range(2):
    try:
        ne_cond(E(), E())
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        print(lt_cond(E(), E()))
    except TypeError as e:
        print(type(e).__name__, e)
    print(type(eq(E(), E())).__name__)


# `if x == x` calls `__eq__` (no identity shortcut in a condition), and so does a match
# value pattern.
class Never:
    def __eq__(self, o):
        print("  __eq__ called")
        return False


n = Never()
for _ in range(2):
    if n == n:
        print("equal")
    else:
        print("not equal")


class Box:
    v = Never()


match n:
    case Box.v:
        print("matched")
    case _:
        print("no match")
nan = float("nan")
print(nan == nan, "nan equal" if nan == nan else "nan not equal", [nan] == [nan])
