# Read-only attributes of built-in objects, with CPython's messages.


class P:
    def m(self):
        return 1

    @property
    def v(self):
        return 2


p = P()
bm = p.m
prop = P.__dict__["v"]
cases = [
    ("method.__self__", lambda: setattr(bm, "__self__", None)),
    ("method.__func__", lambda: setattr(bm, "__func__", None)),
    ("method.other", lambda: setattr(bm, "other", 1)),
    ("del method.__self__", lambda: delattr(bm, "__self__")),
    ("property.fget", lambda: setattr(prop, "fget", None)),
    ("property.fset", lambda: setattr(prop, "fset", print)),
    ("del property.fdel", lambda: delattr(prop, "fdel")),
    ("int.real", lambda: setattr(5, "real", 1)),
    ("int.numerator", lambda: setattr(5, "numerator", 1)),
    ("del int.imag", lambda: delattr(7, "imag")),
    ("bool.real", lambda: setattr(True, "real", 0)),
    ("float.imag", lambda: setattr(1.5, "imag", 0)),
    ("complex.real", lambda: setattr(1j, "real", 0)),
    ("int.other", lambda: setattr(5, "other", 1)),
    ("type.__dict__", lambda: setattr(P, "__dict__", {})),
    ("type.__mro__", lambda: setattr(P, "__mro__", ())),
    ("int type attr", lambda: setattr(int, "x", 1)),
    ("object.__setattr__ on type", lambda: object.__setattr__(P, "x", 1)),
    ("object.__delattr__ on type", lambda: object.__delattr__(P, "m")),
    ("non-str name", lambda: setattr(p, 3, 1)),
    ("non-str getattr", lambda: getattr(p, None)),
    ("non-str delattr", lambda: delattr(p, 2.5)),
    ("builtin __self__", lambda: setattr([].append, "__self__", None)),
    ("builtin __name__", lambda: setattr([].append, "__name__", "x")),
]
for label, action in cases:
    try:
        action()
        print(label, "allowed")
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__, e)


class MyInt(int):
    pass


mi = MyInt(4)
mi.extra = 1
try:
    mi.real = 9
except AttributeError as e:
    print(type(e).__name__, e)
print(mi.extra, mi.real)

# built-in bound methods as objects
items = [1, 2]
app = items.append
print(app.__self__ is items, app.__name__, app.__qualname__, type(app).__name__)
print(app == items.append, app != items.append, app == [].append, hash(app) == hash(items.append))
print({"k": 1}.get.__qualname__, "abc".upper.__self__, (5).bit_length.__name__)
print(len({items.append, items.append, items.pop}))
print(p.m == p.m, p.m == P().m, P.m.__qualname__)
