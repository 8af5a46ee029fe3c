# Assigning __class__ moves an instance (and its dict) to another class.


class Cat:
    sound = "meow"

    def speak(self):
        return "cat says " + self.sound

    def name(self):
        return "Cat"


class Dog:
    sound = "woof"

    def speak(self):
        return "dog says " + self.sound

    def name(self):
        return "Dog"


def speak(o):
    return o.speak()


def sound(o):
    return o.sound


pet = Cat()
print(speak(pet), sound(pet))
pet.__class__ = Dog
print(speak(pet), sound(pet), type(pet).__name__, isinstance(pet, Dog))
pet.__class__ = Cat
print(speak(pet), sound(pet))

# The instance dict travels with it and shadows the new class's attributes.
other = Dog()
other.name = lambda: "instance name"
print(other.name())
other.__class__ = Cat
print(other.name(), speak(other))
del other.name
print(other.name())


# Layout checks.
class Slotted:
    __slots__ = ("a",)


class Other:
    pass


s = Slotted()
try:
    s.__class__ = Other
except TypeError as e:
    print(type(e).__name__, e)
try:
    pet.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    pet.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del pet.__class__
except TypeError as e:
    print(type(e).__name__, e)


# A subclass and back, through a cached site in a loop.
class Base:
    def f(self):
        return "base"


class Sub(Base):
    def f(self):
        return "sub"


o = Base()
out = []
for i in range(6):
    o.__class__ = Sub if i % 2 else Base
    out.append(o.f())
print(out)
