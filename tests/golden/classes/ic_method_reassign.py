# Inline caches for method calls: the same call site must see every change to the class.


class Base:
    def greet(self):
        return "base greet"

    def other(self):
        return "base other"


class Child(Base):
    def greet(self):
        return "child greet"


def call_greet(o):
    return o.greet()


def call_other(o, *args):
    return o.other(*args)


def load_greet(o):
    return o.greet


c = Child()
for _ in range(3):
    print(call_greet(c))

# Reassign the method on the class after the site has been used.
Child.greet = lambda self: "lambda greet"
print(call_greet(c))

# Delete it: the lookup falls back to the base class.
del Child.greet
print(call_greet(c))

# Change the base class's method: the subclass sees it.
Base.greet = lambda self: "new base greet"
print(call_greet(c))


# A staticmethod and a classmethod in place of a function.
class Holder:
    def other(self):
        return "plain"


h = Holder()
print(call_other(h))
Holder.other = staticmethod(lambda: "static")
print(call_other(h))
Holder.other = classmethod(lambda cls: "class " + cls.__name__)
print(call_other(h))


class CallableObj:
    def __call__(self, *args):
        return ("callable object", args)


Holder.other = CallableObj()
print(call_other(h))
print(call_other(h, 1, 2))

# A plain value that is not callable.
Holder.other = 42
try:
    call_other(h)
except TypeError as e:
    print(type(e).__name__, e)

del Holder.other
try:
    call_other(h)
except AttributeError as e:
    print(type(e).__name__, e)


# Methods with defaults, keywords, *args through a cached site.
class K:
    def m(self, a, b=10, *rest, key="k"):
        return (a, b, rest, key)


def call_k(o):
    return o.m(1), o.m(1, 2), o.m(1, 2, 3, 4), o.m(1, key="z")


k = K()
print(call_k(k))
print(call_k(k))
try:
    k.m()
except TypeError as e:
    print(type(e).__name__, e)

# Bound method objects from a cached load site.
m1 = load_greet(c)
print(m1(), m1.__self__ is c, m1.__func__ is Base.greet)
Base.greet = lambda self: "third base greet"
print(load_greet(c)(), m1())

# Many calls in a loop with a reassignment in the middle.
results = []


class Counter:
    def tick(self):
        return 1


ctr = Counter()
for i in range(10):
    if i == 5:
        Counter.tick = lambda self: 100
    results.append(ctr.tick())
print(results)
