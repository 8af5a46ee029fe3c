# The __dict__ and __weakref__ descriptors classes get, and class dict order.
class Plain:
    x = 1

    def m(self):
        pass


class Documented:
    "A docstring."


class WithEq:
    def __eq__(self, other):
        return True


class Slotted:
    __slots__ = ("a", "b")


class SlottedDict:
    __slots__ = ("a", "__dict__")


class Child(Plain):
    y = 2


for cls in [Plain, Documented, WithEq, Slotted, SlottedDict, Child]:
    print(cls.__name__, list(cls.__dict__))

d = Plain.__dict__["__dict__"]
print(d, type(d).__name__, d.__name__, d.__objclass__ is Plain)
p = Plain()
p.v = 5
print(d.__get__(p, Plain), d.__get__(None, Plain) is d)
d.__set__(p, {"w": 6})
print(p.__dict__, vars(p))
try:
    d.__set__(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.__get__(Documented(), Documented)
except TypeError as e:
    print(type(e).__name__, e)
w = Plain.__dict__["__weakref__"]
print(w, p.__weakref__, w.__get__(p, Plain))
print("__weakref__" in dir(p), "__dict__" in dir(p))
print(Child().__dict__, SlottedDict().__dict__)
try:
    Slotted().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Slotted().__weakref__
except AttributeError as e:
    print(type(e).__name__, e)
