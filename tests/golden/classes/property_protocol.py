# property objects: getter/setter/deleter chains, doc, missing accessors and their messages.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
t.celsius = 30
print(t.celsius)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
for action in [lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "fahrenheit")]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
p = Temperature.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.fahrenheit.fset)
print(p.getter(lambda self: "new getter").fget(t), p.fget(t), p is Temperature.celsius)

empty = property()
try:
    empty.__get__(t, Temperature)
except AttributeError as e:
    print(type(e).__name__, e)


class Holder:
    value = property(lambda self: "computed", doc="the value")
    broken = property()


h = Holder()
print(h.value, Holder.value.__doc__, Holder.value.__get__(None, Holder) is Holder.value)
for action in [lambda: h.broken, lambda: setattr(h, "broken", 1), lambda: delattr(h, "broken")]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)


class Base:
    @property
    def name(self):
        return "base"


class Child(Base):
    @Base.name.getter
    def name(self):
        return "child of " + super().name


print(Child().name, Base().name)


class Lazy:
    computed = 0

    @property
    def data(self):
        Lazy.computed += 1
        return [1, 2, 3]


lz = Lazy()
print(lz.data, lz.data, Lazy.computed)
try:
    lz.__dict__["data"] = "instance"
    print(lz.data)
except Exception as e:
    print(type(e).__name__, e)


class SetterOnly:
    def _set(self, v):
        self.stored = v

    value = property(None, _set)


so = SetterOnly()
so.value = 5
print(so.stored)
try:
    so.value
except AttributeError as e:
    print(type(e).__name__, e)
