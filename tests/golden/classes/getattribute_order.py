# __getattribute__ runs for every access; __getattr__ only after an AttributeError.
log = []


class Traced:
    cls_attr = "class value"

    def __init__(self):
        self.inst_attr = "instance value"

    def __getattribute__(self, name):
        log.append(f"getattribute {name}")
        if name == "forbidden":
            raise AttributeError(f"{name} is hidden")
        if name == "broken":
            raise KeyError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        log.append(f"getattr {name}")
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")

    def method(self):
        return "method result"


t = Traced()
log.clear()
for name in ["inst_attr", "cls_attr", "dyn_value", "forbidden", "missing", "broken"]:
    log.clear()
    try:
        value = getattr(t, name)
    except (AttributeError, KeyError) as e:
        value = f"{type(e).__name__}: {e}"
    print(f"{name:10} {value!s:45} {log}")

log.clear()
print(t.method(), log)
log.clear()
print(hasattr(t, "missing"), hasattr(t, "dyn_x"), getattr(t, "missing", "dflt"), log)
log.clear()
print(type(t).__name__, t.__class__.__name__, log)
log.clear()
t.new_attr = 1
print(t.__dict__, log)
log.clear()
print(str(t) == object.__str__(t), len(log) == 0 or log)


class Base:
    def __getattr__(self, name):
        return f"Base.__getattr__({name})"


class Child(Base):
    def __getattribute__(self, name):
        if name == "special":
            return "Child special"
        return super().__getattribute__(name)


c = Child()
c.real = "real"
print(c.special, c.real, c.other)


class OnlyGetattr:
    x = 1

    def __getattr__(self, name):
        return f"fallback:{name}"


o = OnlyGetattr()
o.y = 2
print(o.x, o.y, o.z, o.__dict__, getattr(o, "__len__", None))
try:
    len(o)
except TypeError as e:
    print(type(e).__name__, e)


class PropertyRaises:
    @property
    def value(self):
        raise AttributeError("property failed")

    def __getattr__(self, name):
        return f"__getattr__ rescued {name}"


print(PropertyRaises().value)


class GetattrRaisesOther:
    def __getattr__(self, name):
        raise LookupError(name)


try:
    GetattrRaisesOther().anything
except LookupError as e:
    print(type(e).__name__, e)
print(hasattr(OnlyGetattr(), "whatever"))
try:
    hasattr(GetattrRaisesOther(), "x")
except LookupError as e:
    print("hasattr propagates", type(e).__name__, e)
