# Methods as objects: binding via __get__, __self__/__func__, equality, instance-dict functions.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="hi"):
        return f"{greeting} {self.name}"


g = Greeter("ann")
m = g.greet
print(m(), m("hello"), m.__self__ is g, m.__func__ is Greeter.greet, type(m).__name__)
print(Greeter.greet(g, "yo"), Greeter.__dict__["greet"] is Greeter.greet)
print(g.greet == g.greet, g.greet is g.greet, g.greet == Greeter("ann").greet, hash(g.greet) == hash(g.greet))
other = Greeter("bob")
rebound = Greeter.greet.__get__(other)
print(rebound(), rebound.__self__.name, Greeter.greet.__get__(None, Greeter) is Greeter.greet)


def free(self, x):
    return (self.name, x)


print(free.__get__(g)(1), free.__get__(g, Greeter)(2))
g.free = free
try:
    g.free(1)
except TypeError as e:
    print(type(e).__name__, e)
Greeter.free = free
print(other.free(3))
del g.free
print(g.free(4))
try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)
print(Greeter.greet("not a greeter", ) if False else "unbound functions take any self:")


class Duck:
    name = "duck"


print(Greeter.greet(Duck()))
methods = [g.greet, other.greet]
print([f() for f in methods])
try:
    m.__self__ = other
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
Greeter.greet.tag = "function attribute"
print(g.greet.tag)


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self


c = Counter()
inc = c.inc
for _ in range(3):
    inc()
print(c.n, inc().n, c.inc().inc().n)


class CallableAttr:
    def __call__(self, *args):
        return ("callable instance", args)


class Host:
    helper = CallableAttr()


print(Host().helper(1))
print(type(len).__name__, type([].append).__name__, [].append.__self__ if hasattr([].append, "__self__") else "n/a")
