# __setattr__ and __delattr__: interception and delegation to object.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_log", [])
        for k, v in fields.items():
            setattr(self, k, v)

    def __setattr__(self, name, value):
        self._log.append(("set", name, value))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        super().__delattr__(name)


r = Record(a=1, b=2)
r.c = 3
r.a += 10
del r.b
print(r._log)
print(sorted(r.__dict__))
try:
    del r.zzz
except AttributeError as e:
    print(type(e).__name__, e)
print(r._log[-1])


# frozen objects
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError("cannot set " + repr(name) + ": Frozen is immutable")

    def __delattr__(self, name):
        raise AttributeError("cannot delete " + repr(name))


f = Frozen(1, 2)
print(f.x, f.y)
for action in [lambda: setattr(f, "x", 5), lambda: setattr(f, "z", 1)]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del f.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.x += 1
except AttributeError as e:
    print(type(e).__name__, e)
print(f.x)


# validation in __setattr__ with super()
class Positive:
    def __setattr__(self, name, value):
        if value < 0:
            raise ValueError(name + " must be >= 0")
        super().__setattr__(name, value)


p = Positive()
p.a = 5
try:
    p.b = -1
except ValueError as e:
    print(type(e).__name__, e)
print(p.__dict__)


# __setattr__ also runs for data descriptors (object.__setattr__ then dispatches)
class WithProp:
    def __init__(self):
        self._v = 0

    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value)

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("  property setter", value)
        self._v = value


w = WithProp()
w.v = 3
print(w.v)


# recursion: __setattr__ writing self.attr
class BadSet:
    def __setattr__(self, name, value):
        self.__dict__[name] = value
        setattr(self, name, value)


try:
    BadSet().q = 1
except RecursionError as e:
    print(type(e).__name__)


# object.__setattr__ on builtins is refused
try:
    object.__setattr__(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__([], "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)

# setattr with non-string names
class Any:
    pass


a = Any()
try:
    setattr(a, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(a, "not an identifier!", 1)
print(getattr(a, "not an identifier!"), a.__dict__)


# setting on the class vs instance with __setattr__ defined: class assignment bypasses it
class Guard:
    def __setattr__(self, name, value):
        raise AttributeError("no instance attrs")


Guard.allowed = "class level"
print(Guard().allowed)


# __delattr__ inherited
class Child(Record):
    pass


ch = Child(z=1)
del ch.z
print(ch._log)
