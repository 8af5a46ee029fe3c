# __init_subclass__ with keywords, inheritance of the hook, and __class_getitem__.
class Plugin:
    registry = {}

    def __init_subclass__(cls, alias=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.alias = alias or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.alias] = cls
        print("registered", cls.__name__, "as", cls.alias, "priority", priority)


class Audio(Plugin, alias="sound", priority=5):
    pass


class Video(Plugin):
    pass


class Hd(Video, priority=9):
    pass


print(sorted(Plugin.registry), Hd.alias, Hd.priority, Video.priority)
print(hasattr(Plugin, "alias"))

# __init_subclass__ is implicitly a classmethod
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

# unknown keywords reach object.__init_subclass__
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# the hook only runs for subclasses, from the nearest parent's definition
class A:
    def __init_subclass__(cls, **kw):
        print("A hook for", cls.__name__)
        super().__init_subclass__(**kw)


class B(A):
    def __init_subclass__(cls, **kw):
        print("B hook for", cls.__name__)
        super().__init_subclass__(**kw)


class C(B):
    pass


class D(C):
    pass


# multiple inheritance: cooperative chain through the MRO
class Left:
    def __init_subclass__(cls, **kw):
        print("Left hook", cls.__name__, sorted(kw))
        super().__init_subclass__(**kw)


class Right:
    def __init_subclass__(cls, side=None, **kw):
        print("Right hook", cls.__name__, side)
        super().__init_subclass__(**kw)


class Both(Left, Right, side="r"):
    pass


# validating subclasses in the hook
class Shape:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if "area" not in cls.__dict__:
            raise TypeError(cls.__name__ + " must define area")


class Square(Shape):
    def area(self):
        return 4


try:
    class Blob(Shape):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Square().area())


# __init_subclass__ sees class attributes and __set_name__ already ran
class Field:
    def __set_name__(self, owner, name):
        print("set_name", name)
        self.name = name


class Model:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.fields = [k for k, v in cls.__dict__.items() if isinstance(v, Field)]
        print("init_subclass sees", cls.fields)


class User(Model):
    name = Field()
    email = Field()


print(User.fields, User.name.name)


# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return cls.__name__ + "[" + (item.__name__ if isinstance(item, type) else repr(item)) + "]"


class SubBox(Box):
    pass


print(Box[int], Box["x"], SubBox[str], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)


class NoGetitem:
    pass


try:
    NoGetitem[int]
except TypeError as e:
    print(type(e).__name__, e)

# builtin generics
print(list[int], dict[str, int], tuple[int, str], type(list[int]).__name__)


# a metaclass __getitem__ takes priority over __class_getitem__
class MetaGet(type):
    def __getitem__(cls, item):
        return "meta getitem " + repr(item)


class Prio(metaclass=MetaGet):
    def __class_getitem__(cls, item):
        return "class_getitem"


print(Prio[0])


# explicit __class_getitem__ = classmethod works the same
class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return ("explicit", cls.__name__, item)


print(Explicit[3])
