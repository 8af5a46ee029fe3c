# Bound and unbound methods as objects: __self__, __func__, equality, identity, storage.
class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, other="world"):
        "Say hello."
        return self.name + " says hello to " + other

    def __eq__(self, other):
        return isinstance(other, Greeter) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


g = Greeter("ann")
m = g.hello
print(m(), m("bob"), type(m).__name__)
print(m.__self__ is g, m.__func__ is Greeter.hello, m.__name__, m.__qualname__, m.__doc__)
print(type(Greeter.hello).__name__, Greeter.hello(g, "cat"))

# each access creates a new bound method object, but they compare equal
print(g.hello is g.hello, g.hello == g.hello, g.hello != g.hello)
g2 = Greeter("ann")
# equality of bound methods uses identity of __self__ (since 3.8), not __eq__
print(g.hello == g2.hello, g == g2)
print(hash(g.hello) == hash(g.hello))
print(g.hello == Greeter.hello, Greeter.hello == Greeter.hello)


# bound methods keep their instance alive and work after rebinding the name
def get_method():
    temp = Greeter("temp")
    return temp.hello


bm = get_method()
print(bm(), bm.__self__.name)

# storing bound methods in containers
actions = {"a": Greeter("x").hello, "b": Greeter("y").hello}
print([actions[k]("z") for k in sorted(actions)])
print(list(map(Greeter("q").hello, ["r", "s"])))

# calling __func__ directly with another self
print(m.__func__(Greeter("other")))


# methods are looked up at call time
class Dynamic:
    def f(self):
        return "original"


dyn = Dynamic()
saved = dyn.f
Dynamic.f = lambda self: "replaced"
print(saved(), dyn.f())

# instance attribute shadowing a method
dyn.f = lambda: "instance lambda"
print(dyn.f(), Dynamic.f(dyn))
del dyn.f
print(dyn.f())


# method attributes are read from the function; setting on bound method fails
def tagged(self):
    return "tagged"


tagged.label = "L"


class HasTagged:
    t = tagged


ht = HasTagged()
print(ht.t.label, ht.t())
try:
    ht.t.label = "new"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    ht.t.__self__ = None
except AttributeError as e:
    print(type(e).__name__, e)


# bound methods of builtins
lst = [3, 1, 2]
app = lst.append
app(0)
print(lst, app.__self__ is lst, app.__name__, type(app).__name__)
print([].append == [].append, lst.append == lst.append)


# repr does not show addresses in the bound method part for user reprs
class Named:
    def __repr__(self):
        return "Named!"

    def go(self):
        pass


print(repr(Named().go))


# methods are descriptors: __get__ by hand
f = Greeter.__dict__["hello"]
bound = f.__get__(g)
print(bound("manual"), bound.__self__ is g)
print(f.__get__(None, Greeter) is f)


# unbound function from a class applied to non-instance
print(Greeter.hello(type("Fake", (), {"name": "fake"})(), "duck"))


# a method object as a default argument / callback chain
class Button:
    def __init__(self):
        self.handlers = []

    def on(self, handler):
        self.handlers.append(handler)
        return self

    def click(self):
        return [h() for h in self.handlers]


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self.n


cnt = Counter()
btn = Button().on(cnt.inc).on(cnt.inc)
print(btn.click(), btn.click(), cnt.n)

# bound method comparisons across different functions
print(cnt.inc == Counter().inc, cnt.inc == cnt.__init__)

# calling with the wrong number of args reports the qualified name
try:
    g.hello(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Greeter.hello()
except TypeError as e:
    print(type(e).__name__, e)
