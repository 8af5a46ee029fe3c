# One attribute site seeing many classes, instances with and without a materialised dict,
# class attributes shadowed by instance attributes, and descriptors added later.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v


class K1(Base):
    pass


class K2(Base):
    def __init__(self, v):
        self.w = -v
        super().__init__(v)


class K3:
    def __init__(self, v):
        self.v = v * 100


def getv(o):
    return o.v


def setv(o, x):
    o.v = x


objs = [Base(1), K1(2), K2(3), K3(4), K1(5)]
vars(objs[4])
for r in range(3):
    print([getv(o) for o in objs])
    for o in objs:
        setv(o, getv(o) + 1)
print([o.kind if hasattr(o, "kind") else None for o in objs])
objs[0].kind = "inst"
print([getattr(o, "kind", None) for o in objs])


# A property added to the class later wins over the stored value.
def getter(self):
    return "prop"


K1.v = property(getter)
print([getv(o) for o in objs])
try:
    setv(objs[1], 0)
except AttributeError as e:
    print(type(e).__name__, e)
del K1.v
print([getv(o) for o in objs])

# A non-data descriptor on the class is hidden by the instance value.
class NonData:
    def __get__(self, obj, cls):
        return "nondata"


Base.v = NonData()
print([getv(o) for o in objs], Base.__dict__["v"].__class__.__name__)
o = Base.__new__(Base)
print(getv(o))
o.v = 7
print(getv(o))
