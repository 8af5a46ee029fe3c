# Dunders assigned, replaced or deleted after class creation update operator dispatch,
# including through subclasses whose base changes.
class Base:
    pass


class Child(Base):
    pass


a, b = Child(), Child()
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)

Base.__add__ = lambda self, other: "Base add"
print(a + b)
Child.__add__ = lambda self, other: "Child add"
print(a + b)
del Child.__add__
print(a + b)
del Base.__add__
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)

# reflected added later
Base.__radd__ = lambda self, other: "radd with " + repr(other)
print(1 + a)

# __len__ / __getitem__ / __iter__ / __contains__ added later
Base.__len__ = lambda self: 7
print(len(a), bool(a))
Base.__getitem__ = lambda self, i: i * 3
print(a[2], a["x"])
Base.__iter__ = lambda self: iter([1, 2])
print(list(a), 2 in a)
Base.__contains__ = lambda self, x: x == "magic"
print("magic" in a, 2 in a)

# __eq__ and __hash__ added later
print(a == b)
Base.__eq__ = lambda self, other: True
print(a == b, a != b)
Base.__hash__ = lambda self: 5
print(hash(a))
Base.__hash__ = None
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)

# __call__ added later
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
Child.__call__ = lambda self, *args: ("called", args)
print(a(1, 2))

# __repr__ / __str__ added later
Base.__repr__ = lambda self: "<a Base-ish>"
print(a, repr(b), [a])
Child.__str__ = lambda self: "child str"
print(a, repr(a), str(a))

# __getattr__ added later
Child.__getattr__ = lambda self, name: "dyn " + name
print(a.whatever)
del Child.__getattr__
try:
    a.whatever
except AttributeError as e:
    print(type(e).__name__, e)

# __setattr__ added later
log = []


def logging_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


Base.__setattr__ = logging_setattr
a.x = 1
b.y = 2
print(log, a.x)
del Base.__setattr__
a.z = 3
print(log)

# __lt__ added later affects sorting
items = [Child(), Child(), Child()]
for i, it in enumerate(items):
    object.__setattr__(it, "k", [3, 1, 2][i])
Base.__lt__ = lambda self, other: self.k < other.k
print([it.k for it in sorted(items)])
Base.__lt__ = lambda self, other: self.k > other.k
print([it.k for it in sorted(items)])

# __bool__ on a class that had only __len__
Base.__bool__ = lambda self: False
print(bool(a), len(a))


# __init__ replaced after creation
class Late:
    def __init__(self):
        self.v = "first"


print(Late().v)
Late.__init__ = lambda self: setattr(self, "v", "second")
print(Late().v)


# __class__ reassignment switches dunder dispatch too
class P:
    def __neg__(self):
        return "P neg"


class Q:
    def __neg__(self):
        return "Q neg"


obj = P()
print(-obj)
obj.__class__ = Q
print(-obj)


# call-site caches: the same call site sees every change
class Shape:
    def area(self):
        return 1


class Square(Shape):
    pass


s = Square()
results = []
for step in range(6):
    results.append(s.area())
    if step == 0:
        Shape.area = lambda self: 2
    elif step == 1:
        Square.area = lambda self: 3
    elif step == 2:
        s.area = lambda: 4
    elif step == 3:
        del s.area
        del Square.area
    elif step == 4:
        s.__class__ = type("Other", (), {"area": lambda self: 5})
print(results)

# same call site with different receiver types (polymorphic)
class A1:
    def name(self):
        return "A1"


class A2:
    def name(self):
        return "A2"


class A3(A1):
    pass


print([o.name() for o in [A1(), A2(), A3(), A1(), A2()]])
A1.name = lambda self: "A1 patched"
print([o.name() for o in [A1(), A2(), A3()]])

# attribute read cache with property replaced by plain attribute
class Cfg:
    @property
    def mode(self):
        return "prop"


cfg = Cfg()
modes = []
for step in range(3):
    modes.append(cfg.mode)
    if step == 0:
        Cfg.mode = "plain"
    elif step == 1:
        cfg.mode = "instance"
print(modes)
