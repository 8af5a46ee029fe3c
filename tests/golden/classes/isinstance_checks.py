# isinstance/issubclass with user classes, tuples, and __instancecheck__/__subclasscheck__.
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Puppy(Dog): pass
class Robot: pass


p = Puppy()
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(isinstance(p, (Cat, Robot)), isinstance(p, (Cat, Dog)), isinstance(p, ()), isinstance(p, (Robot, (Cat, (Dog,)))))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Puppy, Puppy), issubclass(Dog, (Cat, Robot)))
print(issubclass(Dog, (Cat, Animal)), issubclass(bool, int), issubclass(Puppy, object), issubclass(type, object))
print(isinstance(Dog, type), isinstance(Dog, object), isinstance(Dog, Animal), issubclass(type, type))

# errors
for label, fn in [("isinstance(p, 5)", lambda: isinstance(p, 5)),
                  ("isinstance(p, (Dog, 5))", lambda: isinstance(p, (Cat, 5))),
                  ("issubclass(p, Dog)", lambda: issubclass(p, Dog)),
                  ("issubclass(Dog, p)", lambda: issubclass(Dog, p)),
                  ("issubclass(Dog, [Dog])", lambda: issubclass(Dog, [Dog])),
                  ("issubclass(5, int)", lambda: issubclass(5, int))]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

# short-circuit: the first match in the tuple wins before an invalid entry
print(isinstance(p, (Dog, 5)))


# __instancecheck__ and __subclasscheck__ on a metaclass
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("  subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Mallard:
    def quack(self):
        return "quack"


class Stone:
    pass


print(isinstance(Mallard(), Duck), isinstance(Stone(), Duck))
print(issubclass(Mallard, Duck), issubclass(Stone, Duck))
print(isinstance(Mallard(), (Stone, Duck)))
# exact type match skips __instancecheck__
print(isinstance(Duck(), Duck))


# the check's result is converted to bool
class Truthy(type):
    def __instancecheck__(cls, obj):
        return [obj]

    def __subclasscheck__(cls, sub):
        return 0


class T(metaclass=Truthy):
    pass


print(isinstance(1, T), issubclass(int, T))


# __instancecheck__ defined on the class itself (not the metaclass) is ignored
class Ignored:
    def __instancecheck__(self, obj):
        return True

    @classmethod
    def __subclasscheck__(cls, sub):
        return True


print(isinstance(1, Ignored), issubclass(int, Ignored))


# __class__ property fools isinstance but not type()
class Liar:
    @property
    def __class__(self):
        return Dog


liar = Liar()
print(isinstance(liar, Dog), isinstance(liar, Liar), type(liar).__name__, liar.__class__.__name__)


# __bases__ override for issubclass on non-class objects
class FakeClass:
    def __init__(self, bases):
        self.__bases__ = bases


class CheckAll(type):
    def __subclasscheck__(cls, sub):
        return True


class AllOfThem(metaclass=CheckAll):
    pass


print(issubclass(FakeClass(()), AllOfThem))


# isinstance with builtin types and user subclasses of builtins
class MyList(list):
    pass


class MyDict(dict):
    pass


ml, md = MyList([1]), MyDict(a=1)
print(isinstance(ml, list), isinstance(md, dict), isinstance(ml, (dict, tuple)), type(ml) is list)
print(issubclass(MyList, list), issubclass(MyDict, (list, dict)), issubclass(bool, (str, int)))


# exceptions raised inside __instancecheck__ propagate
class Raising(type):
    def __instancecheck__(cls, obj):
        raise ValueError("no check for you")


class R(metaclass=Raising):
    pass


try:
    isinstance(1, R)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(R(), R))

# except clauses use the real hierarchy and reject non-exception classes
try:
    raise KeyError("k")
except (IndexError, LookupError) as e:
    print("caught", type(e).__name__)
for order in ["first", "second"]:
    try:
        try:
            raise KeyError("k")
        except (LookupError, Duck) if order == "first" else (Duck, LookupError) as e:
            print("caught", type(e).__name__)
    except TypeError as e:
        print(order, type(e).__name__, e)
try:
    try:
        raise KeyError("k")
    except (Duck, LookupError) as e:
        print("caught", type(e).__name__)
except TypeError as e:
    print(type(e).__name__, e)
