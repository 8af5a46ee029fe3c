# __new__ returning other types: when __init__ runs, and what the caller receives.
log = []


class Plain:
    def __init__(self, *args):
        log.append(("Plain.__init__", args))


class Redirect:
    """__new__ returns an object of an unrelated class: __init__ is skipped."""

    def __new__(cls, *args):
        log.append(("Redirect.__new__", args))
        return Plain()

    def __init__(self, *args):
        log.append(("Redirect.__init__", args))


r = Redirect(1, 2)
print(type(r).__name__, log)
log.clear()


class Base:
    def __new__(cls, kind):
        log.append(("Base.__new__", cls.__name__, kind))
        if cls is Base:
            target = {"circle": Circle, "square": Square}.get(kind)
            if target is None:
                raise ValueError(f"unknown kind {kind!r}")
            return super().__new__(target)
        return super().__new__(cls)

    def __init__(self, kind):
        log.append(("Base.__init__", type(self).__name__, kind))
        self.kind = kind


class Circle(Base):
    pass


class Square(Base):
    def __init__(self, kind):
        super().__init__(kind)
        log.append(("Square.__init__",))


for k in ["circle", "square"]:
    obj = Base(k)
    print(type(obj).__name__, obj.kind, isinstance(obj, Base))
    print(log)
    log.clear()

try:
    Base("hexagon")
except ValueError as e:
    print(type(e).__name__, e)


class ReturnsNone:
    def __new__(cls):
        return None

    def __init__(self):
        print("never printed")


print(ReturnsNone())


class ReturnsInt:
    def __new__(cls, n):
        return n * 2

    def __init__(self, n):
        print("never printed either")


print(ReturnsInt(21), type(ReturnsInt(1)).__name__)


class Sub(int):
    """An int subclass whose __new__ normalises its argument."""

    def __new__(cls, text):
        return super().__new__(cls, text.strip() or "0")

    def __init__(self, text):
        self.source = text


s = Sub("  42 ")
print(s, s + 1, repr(s.source), type(s).__name__)
print(Sub(""), Sub("7") * 3)


class Lazy:
    def __new__(cls, *args, **kwargs):
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst


lz = Lazy()
print(lz.created_by_new, vars(lz))
try:
    object.__new__(Lazy, 1)
    print("object.__new__ accepted extra args (class overrides __new__)")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(Plain, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
