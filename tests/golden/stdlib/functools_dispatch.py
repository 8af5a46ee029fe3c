# functools.singledispatch and singledispatchmethod: dispatch along the MRO, registration
# forms, dispatch(), registry, and the error for a call without arguments.
from functools import singledispatch, singledispatchmethod


@singledispatch
def describe(obj):
    return "something: " + repr(obj)


@describe.register(int)
def _(obj):
    return "an int: %d" % obj


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return "a sequence of %d" % len(obj)


def describe_str(obj, suffix="!"):
    return "a string: " + obj + suffix


describe.register(str, describe_str)


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


@describe.register(Animal)
def _(obj):
    return "an animal " + type(obj).__name__


@describe.register(Dog)
def _(obj):
    return "a dog " + type(obj).__name__


for value in [1, True, 2.5, "hi", [1, 2], (1,), {}, Animal(), Dog(), Puppy(), None]:
    print(describe(value))
print(describe("x", suffix="?"))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry))
print(describe.__name__)
try:
    describe()
except TypeError as e:
    print("TypeError", e)


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return self.prefix + "?" + repr(arg)

    @fmt.register(int)
    def _(self, arg):
        return self.prefix + "int " + str(arg)

    @fmt.register(float)
    def _(self, arg):
        return self.prefix + "float %.2f" % arg


f = Formatter("> ")
print(f.fmt(3), f.fmt(2.5), f.fmt("s"), f.fmt(False))
