# __getattr__ and __getattribute__: fallback order, delegation, recursion.
class Dynamic:
    known = "class attr"

    def __init__(self):
        self.inst = "instance attr"

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return "dynamic " + name[4:]
        raise AttributeError("Dynamic has no " + repr(name))


d = Dynamic()
print(d.known, d.inst, d.dyn_x, getattr(d, "dyn_y"))
print(hasattr(d, "dyn_z"), hasattr(d, "zzz"))
try:
    d.zzz
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, "zzz", "default"))
# __getattr__ is not consulted for class attribute lookup
try:
    Dynamic.dyn_q
except AttributeError as e:
    print(type(e).__name__, e)


# __getattribute__ sees everything, delegating with super()
class Logged:
    cls_attr = 1

    def __init__(self):
        self.x = 10

    def __getattribute__(self, name):
        print("  getattribute", name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        print("  getattr fallback", name)
        return "<" + name + ">"

    def method(self):
        return "method result"


lg = Logged()
print("x:", lg.x)
print("cls:", lg.cls_attr)
print("missing:", lg.nothing)
print("method:", lg.method())
print("dict keys:", list(lg.__dict__))


# delegating via object.__getattribute__
class Upper:
    def __init__(self, word):
        self.word = word

    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if isinstance(value, str):
            return value.upper()
        return value


u = Upper("quiet")
print(u.word, u.__dict__)


# __getattribute__ raising AttributeError falls back to __getattr__
class Hide:
    def __init__(self):
        self.secret = "s"
        self.public = "p"

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback(" + name + ")"


h = Hide()
print(h.public, h.secret, h.other)


# __getattr__ raising a non-AttributeError propagates
class Loud:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    Loud().thing
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(Loud(), "thing")
except KeyError as e:
    print("hasattr propagates", type(e).__name__, e)


# infinite recursion in __getattribute__ ends with RecursionError
class Recurse:
    def __getattribute__(self, name):
        return self.__dict__[name]


try:
    Recurse().anything
except RecursionError as e:
    print(type(e).__name__, e)


# __getattr__ recursion via a missing attribute used inside it
class BadLazy:
    def __getattr__(self, name):
        return self.missing_too


try:
    BadLazy().x
except RecursionError as e:
    print(type(e).__name__)


# proxy object forwarding to a wrapped object
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_reads", [])

    def __getattr__(self, name):
        self._reads.append(name)
        return getattr(self._target, name)


lst = [3, 1, 2]
pr = Proxy(lst)
pr.append(0)
pr.sort()
print(lst, pr.count(1), pr._reads)
try:
    pr.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)


# __getattr__ defined on a base class is inherited, and can be added later
class B:
    pass


class C(B):
    pass


c = C()
print(hasattr(c, "late"))
B.__getattr__ = lambda self, name: "late " + name
print(c.late, hasattr(c, "anything"))
del B.__getattr__
print(hasattr(c, "late"))


# dunder lookups for operators bypass __getattr__/__getattribute__ on the instance
class NoLen:
    def __getattr__(self, name):
        return lambda: 42


n = NoLen()
print(n.__len__())
try:
    len(n)
except TypeError as e:
    print(type(e).__name__, e)


# __getattribute__ on the class also governs method lookup
class Count:
    hits = 0

    def __getattribute__(self, name):
        type(self).hits += 1
        return object.__getattribute__(self, name)

    def a(self):
        return "a"


cnt = Count()
cnt.a()
cnt.a()
print(Count.hits)
