# __repr__, __str__, __format__: which builtin calls which, fallbacks and errors.
class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "a Both"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly<>"


class StrOnly:
    def __str__(self):
        return "str only"


b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print("%s %r" % (b, b), "{} {!r} {!s}".format(b, b, b))
print(f"{b} {b!r} {b!s}")
r = ReprOnly()
print(r, str(r), [r], f"{r}")
s = StrOnly()
print(s, str(s), f"{s}", repr(s).startswith("<__main__.StrOnly object at "))
print(str([s]).startswith("[<__main__.StrOnly object"))


# __format__ with specs
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "cents":
            return str(self.cents) + "c"
        return format(self.cents / 100, spec)

    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).rjust(2, "0")


m = Money(12345)
print(f"{m}", f"{m:cents}", f"{m:.1f}", f"{m:>10.2f}|", format(m, "cents"), "{:.3f}".format(m))
width = 8
print(f"{m:>{width}.1f}|")


# default __format__ with a non-empty spec is an error
class NoFormat:
    def __str__(self):
        return "nf"


print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{NoFormat():x}"
except TypeError as e:
    print(type(e).__name__, e)


# bad return types
class BadRepr:
    def __repr__(self):
        return 5


class BadStr:
    def __str__(self):
        return None


class BadFormat:
    def __format__(self, spec):
        return 1


for label, fn in [("repr", lambda: repr(BadRepr())), ("str", lambda: str(BadStr())),
                  ("format", lambda: format(BadFormat())), ("fstring", lambda: f"{BadFormat()}"),
                  ("print-list", lambda: str([BadRepr()])), ("str-of-badrepr", lambda: str(BadRepr()))]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)


# __repr__ raising propagates
class Raises:
    def __repr__(self):
        raise ValueError("repr failed")


try:
    print([Raises()])
except ValueError as e:
    print(type(e).__name__, e)


# recursive containers with custom repr
class Node:
    def __init__(self, val):
        self.val = val
        self.kids = []

    def __repr__(self):
        if self.kids:
            return "Node(" + repr(self.val) + ", " + repr(self.kids) + ")"
        return "Node(" + repr(self.val) + ")"


root = Node(1)
root.kids.append(Node("two"))
root.kids.append(Node(3.0))
print(root, str(root) == repr(root))


# str subclass return values are accepted
class MyStr(str):
    pass


class ReturnsSub:
    def __str__(self):
        return MyStr("substr")

    def __repr__(self):
        return MyStr("subrepr")


print(str(ReturnsSub()), repr(ReturnsSub()), type(str(ReturnsSub())).__name__)


# __repr__ inherited and using type(self).__name__
class Base:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.x) + ")"


class Derived(Base):
    pass


print(Base(1), Derived("d"), [Derived([1, 2])])


# __str__ of exceptions and repr of classes/methods
print(repr(Base), str(Derived))
print(repr(Base.__repr__).startswith("<function Base.__repr__ at "))
print(repr(Base(1).__repr__).startswith("<bound method Base.__repr__ of Base(1)>"))


# print() with sep/end uses str on each
print(Money(5), Money(100), sep=" | ", end=" END\n")

# %-formatting with custom __str__/__repr__ and width
print("%10s|%-10r|" % (Money(250), ReprOnly()))

# ascii() uses __repr__
class Uni:
    def __repr__(self):
        return "caf\u00e9"


print(ascii(Uni()), repr(Uni()))
