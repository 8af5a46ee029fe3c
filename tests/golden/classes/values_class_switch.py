# __class__ assignment between classes whose instances set attributes in different orders
# (different shared keys), then attribute reads through the same sites.


class A:
    def __init__(self):
        self.p = "A.p"
        self.q = "A.q"

    def show(self):
        return "A", self.p, self.q


class B:
    def __init__(self):
        self.q = "B.q"
        self.r = "B.r"
        self.p = "B.p"

    def show(self):
        return "B", self.p, self.q


def read(o):
    return o.p, o.q


objs = [A(), B(), A(), B()]
for o in objs:
    print(o.show(), read(o))
objs[0].__class__ = B
objs[1].__class__ = A
for o in objs:
    print(type(o).__name__, o.show(), read(o), list(vars(o)))
objs[0].r = "new r"
objs[1].extra = 1
print(vars(objs[0]), vars(objs[1]))
objs[0].__class__ = A
print(objs[0].show(), objs[0].r)

# A subclass with its own keys.
class A2(A):
    def __init__(self):
        self.z = 0
        super().__init__()


for o in [A(), A2(), A(), A2()]:
    print(type(o).__name__, read(o), list(vars(o)))

# __slots__ plus __dict__.
class S:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = 1
        self.t = 2


s = S()
print(s.s, s.t, vars(s))
try:
    s.__class__ = A
except TypeError as e:
    print(type(e).__name__, e)
