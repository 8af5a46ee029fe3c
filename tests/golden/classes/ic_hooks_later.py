# __getattr__, __getattribute__ and __setattr__ defined on a class after its sites were cached.


class Obj:
    def __init__(self):
        self.a = 1

    def m(self):
        return "m"


def get_a(o):
    return o.a


def get_missing(o):
    return o.missing


def set_b(o, v):
    o.b = v


def call_m(o):
    return o.m()


o = Obj()
print(get_a(o), call_m(o))
try:
    get_missing(o)
except AttributeError as e:
    print(type(e).__name__, e)
set_b(o, 2)
print(o.b)

Obj.__getattr__ = lambda self, name: "fallback for " + name
print(get_a(o), get_missing(o), call_m(o))
del Obj.__getattr__
try:
    get_missing(o)
except AttributeError as e:
    print(type(e).__name__, e)


def getattribute(self, name):
    if name == "a":
        return "intercepted a"
    return object.__getattribute__(self, name)


Obj.__getattribute__ = getattribute
print(get_a(o), call_m(o))
del Obj.__getattribute__
print(get_a(o), call_m(o))

log = []


def setattr_hook(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 2)


Obj.__setattr__ = setattr_hook
set_b(o, 5)
print(o.b, log)
del Obj.__setattr__
set_b(o, 6)
print(o.b, log)


# A subclass inherits a hook added to its base later.
class Sub(Obj):
    pass


s = Sub()
print(get_a(s))
Obj.__getattr__ = lambda self, name: "base fallback " + name
print(get_missing(s))


# __getattribute__ raising AttributeError falls back to __getattr__.
class Both:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "getattr " + name


bo = Both()
bo.x = 1
print(bo.x, bo.hidden, bo.nope)


# Infinite recursion in __getattribute__ is a RecursionError.
class Loop:
    def __getattribute__(self, name):
        return self.other


try:
    Loop().x
except RecursionError as e:
    print(type(e).__name__)
