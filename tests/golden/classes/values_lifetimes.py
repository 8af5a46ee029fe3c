# __del__ timing and weak references with attribute values: values are released when the
# instance dies, replaced values die at once, and __del__ can read attributes.
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    def __init__(self, a, b):
        self.a = a
        self.b = b


h = Holder(Noisy("a1"), Noisy("b1"))
print("replace a")
h.a = Noisy("a2")
print("delete b")
del h.b
print("drop holder")
del h
print("---")
h = Holder(Noisy("x"), Noisy("y"))
r = weakref.ref(h)
print(r() is h)
h.__dict__
h = None
print(r())


class Self:
    def __init__(self):
        self.me = None

    def __del__(self):
        print("del self", self.me is None, sorted(vars(self)))


s = Self()
s.other = 1
s = None


class Resurrect:
    saved = []

    def __init__(self):
        self.x = 42

    def __del__(self):
        Resurrect.saved.append(self)


Resurrect()
print(Resurrect.saved[0].x)
Resurrect.saved.clear()
print("end")
