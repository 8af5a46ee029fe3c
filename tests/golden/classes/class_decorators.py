# Class decorators: registration, modification, replacement, stacking, with arguments.
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join([k + "=" + repr(v) for k, v in self.__dict__.items()])
        return cls.__name__ + "(" + fields + ")"
    cls.__repr__ = __repr__
    return cls


def with_defaults(**defaults):
    def deco(cls):
        original_init = cls.__init__

        def __init__(self, *args, **kwargs):
            for k, v in defaults.items():
                setattr(self, k, v)
            original_init(self, *args, **kwargs)
        cls.__init__ = __init__
        return cls
    return deco


order = []


def trace(label):
    def deco(cls):
        order.append(label)
        return cls
    return deco


@register
@add_repr
@with_defaults(color="red", size=1)
@trace("inner")
@trace("outer")
class Widget:
    def __init__(self, name):
        self.name = name


print(registry, order)
w = Widget("w1")
print(w)
print(Widget.__name__, Widget.__init__.__name__)


# decorator replacing the class with something else
def to_instance(cls):
    return cls()


@to_instance
class settings:
    debug = True

    def __repr__(self):
        return "settings instance"


print(settings, settings.debug, type(settings).__name__)


def as_function(cls):
    return lambda: "class became function " + cls.__name__


@as_function
class Gone:
    pass


print(Gone())


# decorator producing a subclass
def loud(cls):
    class Loud(cls):
        def speak(self):
            return super().speak().upper() + "!"
    Loud.__name__ = cls.__name__
    Loud.__qualname__ = cls.__qualname__
    return Loud


@loud
class Cat:
    def speak(self):
        return "meow"


print(Cat().speak(), Cat.__name__, [c.__name__ for c in Cat.__mro__])


# decorator evaluation order: decorator expressions are evaluated before the class body
def make_deco(tag):
    print("evaluating decorator", tag)

    def deco(cls):
        print("applying decorator", tag, "to", cls.__name__)
        return cls
    return deco


@make_deco("first")
@make_deco("second")
class Ordered:
    print("class body runs")


# decorators with arbitrary expressions (PEP 614)
decos = {"reg": register}


@decos["reg"]
class ViaSubscript:
    pass


@(lambda c: add_repr(c))
class ViaLambda:
    def __init__(self):
        self.v = 1


print(registry[-1], ViaLambda())


# adding methods and class attributes
def singleton_counter(cls):
    cls.instances = 0
    orig_new = cls.__new__

    def __new__(klass, *args, **kwargs):
        klass.instances += 1
        return orig_new(klass)
    cls.__new__ = __new__
    return cls


@singleton_counter
class Counted:
    def __init__(self, x):
        self.x = x


Counted(1)
Counted(2)
print(Counted.instances, Counted(3).x)


# hand-written total_ordering-like decorator
def fill_ordering(cls):
    lt = cls.__lt__
    cls.__gt__ = lambda self, other: lt(other, self)
    cls.__le__ = lambda self, other: not lt(other, self)
    cls.__ge__ = lambda self, other: not lt(self, other)
    return cls


@fill_ordering
class Num:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __eq__(self, other):
        return self.n == other.n


print(Num(1) < Num(2), Num(1) > Num(2), Num(2) >= Num(2), Num(3) <= Num(2), Num(1) == Num(1))


# decorator raising stops the class statement
def refuse(cls):
    raise TypeError("refusing " + cls.__name__)


try:
    @refuse
    class Refused:
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("Refused" in globals())
