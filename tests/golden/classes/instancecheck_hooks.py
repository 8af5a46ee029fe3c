# __instancecheck__/__subclasscheck__ on metaclasses: duck-typed checks, exact-type shortcut.
calls = []


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        calls.append(f"instancecheck {cls.__name__} {type(obj).__name__}")
        return all(hasattr(obj, m) for m in cls.methods)

    def __subclasscheck__(cls, sub):
        calls.append(f"subclasscheck {cls.__name__} {sub.__name__}")
        return all(any(m in vars(k) for k in sub.__mro__) for m in cls.methods)


class Quacks(metaclass=DuckMeta):
    methods = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    pass


print(isinstance(Duck(), Quacks), isinstance(Robot(), Quacks), issubclass(Duck, Quacks), issubclass(Robot, Quacks))
print(calls)
calls.clear()
print(isinstance(Duck(), (int, Quacks)), issubclass(Duck, (str, Quacks)), calls)
calls.clear()


class Real(Quacks):
    def quack(self):
        return "real"


print(isinstance(Real(), Quacks), calls)
calls.clear()
print(isinstance(Real(), Real), calls)


class Truthy(type):
    def __instancecheck__(cls, obj):
        return "yes"

    def __subclasscheck__(cls, sub):
        return 0


class Anything(metaclass=Truthy):
    pass


print(isinstance(5, Anything), issubclass(int, Anything))


class Raises(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("check failed")


class Fragile(metaclass=Raises):
    pass


try:
    isinstance(1, Fragile)
except RuntimeError as e:
    print(type(e).__name__, e)
print(isinstance(Fragile.__new__(Fragile), Fragile))
for args in [(1, 1), (1, (int, 2)), (int, 1)]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, int), (int, 1), (int, (int, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)


class FakeClass:
    __bases__ = ()


class HasClassAttr:
    @property
    def __class__(self):
        return int


print(isinstance(HasClassAttr(), int), isinstance(HasClassAttr(), HasClassAttr), type(HasClassAttr()).__name__)
print(isinstance(True, int), issubclass(bool, (str, (list, int))), isinstance([], ()))
print(Quacks.__instancecheck__(Duck()), type.__instancecheck__(Quacks, Duck()), type.__subclasscheck__(Quacks, Real))
