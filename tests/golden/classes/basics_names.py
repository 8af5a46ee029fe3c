# __name__, __qualname__, __module__, __doc__, __bases__, __class__, nested classes.
class Outer:
    """Outer docstring."""

    class Inner:
        "Inner doc"

        class Deepest:
            pass

        def method(self):
            return 1

    def make(self):
        class Local:
            def where(self):
                return "local"
        return Local


print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.make.__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.Deepest.__doc__)
L = Outer().make()
print(L.__name__, L.__qualname__, L().where())
print(L().where.__qualname__)
print(L is Outer().make())


def factory(tag):
    class Made:
        label = tag

        def get(self):
            return self.label
    return Made


M1 = factory("one")
M2 = factory("two")
print(M1.__qualname__, M1 is M2, M1().get(), M2().get())

print(Outer.__bases__, Outer.Inner.__bases__ == (object,))
class Child(Outer, Outer.Inner):
    pass
print([c.__name__ for c in Child.__bases__], Child.__base__.__name__)
print(Child.__doc__)
print(type(Outer).__name__, Outer.__class__ is type, type(type) is type)
o = Outer()
print(o.__class__.__name__, o.__class__.__qualname__, o.__module__)
print(o.__doc__)

# __name__ and __qualname__ are writable on classes
class Renamed:
    pass
Renamed.__name__ = "Other"
print(Renamed.__name__, Renamed.__qualname__)
Renamed.__qualname__ = "Some.Other"
print(Renamed.__qualname__)
try:
    Renamed.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Renamed.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# a docstring must be the first statement to count
class NoDoc:
    x = 1
    "not a docstring"
print(NoDoc.__doc__)

# __module__ can be set in the body
class Mod:
    __module__ = "elsewhere"
print(Mod.__module__)

# __class__ assignment between compatible classes
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)

# repr of classes
print(repr(Outer), repr(Outer.Inner), str(L))
print(repr(int), repr(object), repr(type))
