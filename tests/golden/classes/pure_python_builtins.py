# Pure-Python reimplementations of classmethod and staticmethod, and a cached property.
class my_staticmethod:
    def __init__(self, fn):
        self.__func__ = fn

    def __get__(self, obj, objtype=None):
        return self.__func__

    def __call__(self, *args, **kwargs):
        return self.__func__(*args, **kwargs)


class BoundMethod:
    def __init__(self, fn, owner):
        self.fn, self.owner = fn, owner

    def __call__(self, *args, **kwargs):
        return self.fn(self.owner, *args, **kwargs)

    def __repr__(self):
        return f"<bound {self.fn.__name__} of {self.owner.__name__}>"


class my_classmethod:
    def __init__(self, fn):
        self.__func__ = fn

    def __get__(self, obj, objtype=None):
        if objtype is None:
            objtype = type(obj)
        return BoundMethod(self.__func__, objtype)


class my_cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


computations = []


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    @my_staticmethod
    def describe(kind):
        return f"a shape of kind {kind}"

    @my_classmethod
    def make(cls, size):
        return cls(size)

    @my_classmethod
    def side_count(cls):
        return cls.sides

    @my_cached_property
    def area(self):
        computations.append(self.size)
        return self.size ** 2


class Square(Shape):
    sides = 4


print(Shape.describe("x"), Shape(1).describe("y"), my_staticmethod(len)("abc"))
sq = Square.make(3)
print(type(sq).__name__, sq.size, Square.side_count(), sq.side_count(), Shape.side_count())
print(Square.make, type(Shape.__dict__["make"]).__name__)
print(sq.area, sq.area, computations, "area" in sq.__dict__)
sq.area = 100
print(sq.area)
del sq.area
print(sq.area, computations)
print(type(Shape.area).__name__, Shape.area.name)


class Builtins:
    @staticmethod
    def s(x):
        return ("static", x)

    @classmethod
    def c(cls, x):
        return ("class", cls.__name__, x)


sm = Builtins.__dict__["s"]
cm = Builtins.__dict__["c"]
print(sm.__get__(None, Builtins)(1), cm.__get__(None, Builtins)(2), cm.__get__(Builtins())(3))
print(sm.__func__.__name__, cm.__func__.__name__, sm(5), callable(cm))
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)
print(staticmethod(len)("xy"), classmethod(lambda cls: cls).__get__(None, int)())
print(isinstance(sm, staticmethod), isinstance(cm, classmethod), type(Builtins.s).__name__, type(Builtins.c).__name__)
