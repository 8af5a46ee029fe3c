# __init_subclass__: class keyword arguments, cooperative chains, and their errors.
registry = {}


class Plugin:
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        registry[cls.plugin_name] = cls


class Alpha(Plugin, name="a", priority=5):
    pass


class Beta(Plugin):
    pass


class Gamma(Alpha, priority=1):
    pass


print(sorted((k, v.__name__, v.priority) for k, v in registry.items()))
print(hasattr(Plugin, "plugin_name"), Gamma.plugin_name)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)

trail = []


class A:
    def __init_subclass__(cls, **kwargs):
        trail.append(("A", cls.__name__, kwargs))
        super().__init_subclass__(**kwargs)


class B:
    def __init_subclass__(cls, tag=None, **kwargs):
        trail.append(("B", cls.__name__, tag))
        super().__init_subclass__(**kwargs)


class C(A, B, tag="t"):
    pass


print(trail)
trail.clear()


class D(C):
    pass


print(trail)


class Implicit:
    def __init_subclass__(cls):
        cls.marked = True


class Sub(Implicit):
    pass


print(Sub.marked, "marked" in Implicit.__dict__, type(Implicit.__dict__["__init_subclass__"]).__name__)


class Validating:
    required = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")


class Shape(Validating):
    required = ("area",)

    def area(self):
        return 0


try:
    class Blob(Shape):
        required = ("area", "perimeter")
except TypeError as e:
    print(type(e).__name__, e)


class WithMeta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print("meta __new__ kwargs:", kwargs)
        return super().__new__(mcs, name, bases, ns, **kwargs)


class Base(metaclass=WithMeta):
    def __init_subclass__(cls, **kwargs):
        print("init_subclass kwargs:", kwargs)


class Derived(Base, mode="x"):
    pass


print(Derived.__name__)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(type(e).__name__, e)
