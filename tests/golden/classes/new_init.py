# __new__ and __init__: singletons, returning other types, __init__ return value errors.
class Singleton:
    _instance = None
    inits = 0

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("  allocating")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        Singleton.inits += 1
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, Singleton.inits)


# __new__ returning an instance of another class skips __init__
class Other:
    def __init__(self):
        print("  Other.__init__")
        self.tag = "other"


class Factory:
    def __new__(cls, kind):
        print("  Factory.__new__", kind)
        if kind == "int":
            return 42
        if kind == "other":
            return Other()
        if kind == "none":
            return None
        return super().__new__(cls)

    def __init__(self, kind):
        print("  Factory.__init__", kind)
        self.kind = kind


print(Factory("int"))
o = Factory("other")
print(type(o).__name__, o.tag)
print(Factory("none"))
f = Factory("self")
print(type(f).__name__, f.kind)


# __new__ returning an instance of a subclass still runs __init__
class Shape:
    def __new__(cls, sides):
        if cls is Shape:
            target = Triangle if sides == 3 else Square
            return super().__new__(target)
        return super().__new__(cls)

    def __init__(self, sides):
        print("  init", type(self).__name__, sides)
        self.sides = sides


class Triangle(Shape):
    pass


class Square(Shape):
    pass


t = Shape(3)
s = Shape(4)
print(type(t).__name__, type(s).__name__, t.sides, s.sides)


# __new__ is a static method implicitly
print(type(Factory.__dict__["__new__"]).__name__)


# object.__new__ / object.__init__ argument checks
class NoInit:
    pass


class OnlyInit:
    def __init__(self, x):
        self.x = x


class OnlyNew:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj


print(OnlyInit(1).x, OnlyNew(2).x)
for label, fn in [("NoInit(1)", lambda: NoInit(1)),
                  ("object.__new__(OnlyInit, 1)", lambda: object.__new__(OnlyInit, 1)),
                  ("OnlyNew()", lambda: OnlyNew()),
                  ("object(1)", lambda: object(1)),
                  ("object.__new__(5)", lambda: object.__new__(5)),
                  ("object.__new__(int)", lambda: object.__new__(int)),
                  ("super new with args", lambda: type("X", (), {"__new__": lambda cls, *a: object.__new__(cls, *a)})(1))]:
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)


# __init__ returning non-None
class BadInit:
    def __init__(self):
        return 5


class BadInitNoneish:
    def __init__(self):
        return None


try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
print(type(BadInitNoneish()).__name__)


# calling __init__ again explicitly re-initialises
class Re:
    def __init__(self, v):
        self.v = v


r = Re(1)
r.__init__(2)
print(r.v, Re.__init__(r, 3), r.v)


# __new__ for an immutable subclass
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


u = Upper("shout")
print(u, type(u).__name__, u + "!", len(u), isinstance(u, str))


class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError("odd: " + str(v))
        return super().__new__(cls, v)


print(Even(4) + 1, type(Even(4)).__name__)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


pr = Pair(1, 2)
print(pr, pr.swap(), type(pr.swap()).__name__, pr == (1, 2), len(pr))


# __init__ exceptions propagate from the constructor call
class Validating:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative")
        self.n = n


try:
    Validating(-1)
except ValueError as e:
    print(type(e).__name__, e)


# instance counting via __new__ on a base class
class Tracked:
    count = {}

    def __new__(cls, *args):
        Tracked.count[cls.__name__] = Tracked.count.get(cls.__name__, 0) + 1
        return super().__new__(cls)


class TA(Tracked):
    def __init__(self, x):
        self.x = x


class TB(Tracked):
    pass


TA(1)
TA(2)
TB()
print(Tracked.count)


# __new__ accessed and called explicitly
obj = object.__new__(Re)
print(type(obj).__name__, obj.__dict__)
obj2 = Re.__new__(Re)
print(hasattr(obj2, "v"))
