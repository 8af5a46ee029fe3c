# inspect's predicates, getmembers, getmro, getdoc, getfile and getgeneratorstate.
import inspect
import functools
from abc import ABC, abstractmethod


def plain(a, b=1):
    """Add things.

        Indented detail.
    """
    return a + b


def gen(n):
    for i in range(n):
        x = yield i


class Base:
    """A base class."""

    attr = 5

    def method(self):
        """Base method doc."""
        return 1

    @property
    def prop(self):
        return 2

    @staticmethod
    def static():
        pass

    @classmethod
    def klass(cls):
        pass


class Derived(Base):
    def method(self):
        return 2


class Shape(ABC):
    @abstractmethod
    def area(self): ...


obj = Derived()
g = gen(3)
print(inspect.isfunction(plain), inspect.isfunction(obj.method), inspect.isfunction(len), inspect.isfunction(Base.method))
print(inspect.ismethod(obj.method), inspect.ismethod(Base.method), inspect.ismethod(Base.klass), inspect.ismethod([].append))
print(inspect.isclass(Base), inspect.isclass(obj), inspect.isclass(int), inspect.ismodule(inspect), inspect.ismodule(plain))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain), inspect.isgenerator(g), inspect.isgenerator(gen))
print(inspect.iscoroutinefunction(plain), inspect.isbuiltin(len), inspect.isbuiltin([].append), inspect.isbuiltin(plain))
print(inspect.isroutine(plain), inspect.isroutine(len), inspect.isroutine(obj.method), inspect.isroutine(5))
print(inspect.isabstract(Shape), inspect.isabstract(Base), inspect.iscode(plain.__code__), inspect.isawaitable(g))
print(inspect.isdatadescriptor(Base.__dict__["prop"]), inspect.ismethoddescriptor(Base.__dict__["static"]))
print(inspect.isgeneratorfunction(functools.partial(gen, 2)), inspect.isgeneratorfunction(obj.method))
print(inspect.getmro(Derived), inspect.getmro(bool))
print([name for name, _ in inspect.getmembers(Derived) if not name.startswith("__")])
print([name for name, _ in inspect.getmembers(obj, inspect.ismethod)])
print(inspect.getmembers(Derived, lambda v: v == 5))
print(repr(inspect.getdoc(plain)), inspect.getdoc(Derived), inspect.getdoc(obj.method))
print(repr(inspect.cleandoc("   first\n      second\n    third\n\n")))
print(inspect.getfile(plain).endswith("inspect_predicates.py"), inspect.getfile(Derived.method).endswith(".py"))
print(inspect.getmodule(plain).__name__, inspect.getmodule(Derived) is inspect.getmodule(plain))
for bad in [lambda: inspect.getfile(len), lambda: inspect.getfile(3), lambda: inspect.getfile(int)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.send(10)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))


def watcher():
    yield inspect.getgeneratorstate(me)


me = watcher()
print(next(me), inspect.GEN_CREATED, inspect.GEN_CLOSED)
exhausted = gen(0)
print(list(exhausted), inspect.getgeneratorstate(exhausted))


@functools.wraps(plain)
def wrapper(*a):
    return plain(*a)


print(inspect.unwrap(wrapper) is plain, inspect.unwrap(plain) is plain, wrapper.__wrapped__ is plain)
print(inspect.CO_GENERATOR, inspect.CO_VARARGS, plain.__code__.co_flags & inspect.CO_VARARGS)
