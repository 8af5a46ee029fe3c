# Descriptors added to a class after its sites have been cached.


class Thing:
    pass


def get_v(t):
    return t.v


def set_v(t, value):
    t.v = value


t = Thing()
set_v(t, 1)
print(get_v(t), get_v(t))


# A data descriptor (property) now takes priority over the instance dict.
def getter(self):
    return "property value"


def setter(self, value):
    print("setter got", value)


Thing.v = property(getter, setter)
print(get_v(t))
set_v(t, 2)
print(t.__dict__)

# Read-only property: the store fails.
Thing.v = property(getter)
try:
    set_v(t, 3)
except AttributeError as e:
    print(type(e).__name__, e)

# Remove the descriptor: the instance dict is visible again.
del Thing.v
print(get_v(t))


# A non-data descriptor does not hide the instance dict.
class NonData:
    def __get__(self, obj, owner):
        return "non-data"


Thing.w = NonData()
u = Thing()
print(u.w)
u.w = "instance w"
print(u.w)


# A user data descriptor with __get__ and __set__ added later.
class Logged:
    def __init__(self):
        self.store = {}

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return ("logged", self.store.get(id(obj), "unset"))

    def __set__(self, obj, value):
        self.store[id(obj)] = value * 10


class Box:
    def __init__(self, n):
        self.n = n


def get_n(b):
    return b.n


boxes = [Box(i) for i in range(3)]
print([get_n(b) for b in boxes])
Box.n = Logged()
print([get_n(b) for b in boxes])
boxes[0].n = 7
print(get_n(boxes[0]), get_n(boxes[1]))
del Box.n
print([get_n(b) for b in boxes])


# A property defined in a base class after the subclass's sites were used.
class A:
    pass


class B(A):
    def __init__(self):
        self.p = "instance p"


bb = B()
print(bb.p)
A.p = property(lambda self: "base property")
print(bb.p)
try:
    bb.p = 1
except AttributeError as e:
    print(type(e).__name__, e)


# classmethod / staticmethod loads at a cached site.
class M:
    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return "static"


def load_cm(o):
    return o.cm


print(load_cm(M())(), M().sm())
M.cm = staticmethod(lambda: "now static")
print(load_cm(M())())


# A non-data descriptor whose own class gains __set__ later becomes a data descriptor: it now
# wins over the instance dict.
class Desc:
    def __get__(self, obj, owner):
        return "descriptor get"


class Owner:
    x = Desc()


own = Owner()
own.__dict__["x"] = "instance x"


def get_x(o):
    return o.x


print([get_x(own) for _ in range(3)])
Desc.__set__ = lambda self, obj, value: None
print([get_x(own) for _ in range(3)])
del Desc.__set__
print([get_x(own) for _ in range(3)])
