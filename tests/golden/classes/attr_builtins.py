# getattr/setattr/hasattr/delattr/vars/dir on user classes and instances.
class Config:
    debug = False
    level = 1

    def __init__(self):
        self.name = "cfg"

    def method(self):
        return "m"


c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(Config, "level"), getattr(c, "method")())
print(getattr(c, "missing", None), getattr(Config, "missing", "dflt"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(Config, "missing")
except AttributeError as e:
    print(type(e).__name__, e)

setattr(c, "debug", True)
setattr(Config, "shared", [1])
print(c.debug, Config.debug, c.shared)
print(hasattr(c, "name"), hasattr(c, "shared"), hasattr(c, "nope"), hasattr(Config, "name"))
delattr(c, "debug")
print(c.debug)
try:
    delattr(c, "debug")
except AttributeError as e:
    print(type(e).__name__, e)
delattr(Config, "shared")
print(hasattr(c, "shared"))
try:
    delattr(Config, "shared")
except AttributeError as e:
    print(type(e).__name__, e)

# vars
print(vars(c))
vc = vars(Config)
print(type(vc).__name__, "level" in vc, "name" in vc, vc["level"])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(c, c)
except TypeError as e:
    print(type(e).__name__, e)

# dir lists instance, class and inherited names, sorted
class Child(Config):
    extra = 1


ch = Child()
ch.own = 2
names = dir(ch)
print([n for n in names if not n.startswith("__")])
print(names == sorted(names), "__init__" in names, "__class__" in names)
print([n for n in dir(Child) if not n.startswith("__")])


# __dir__ override
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]


print(dir(Custom()))


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

# getattr with dynamic names and dunder names
for attr in ["__class__", "__dict__", "__module__", "__doc__"]:
    value = getattr(c, attr)
    print(attr, value if not isinstance(value, type) else value.__name__)

# setattr on a class adds methods that bind
setattr(Config, "shout", lambda self: self.name.upper())
print(c.shout(), ch.shout())

# getattr default is not used for non-AttributeError failures
class Boom:
    @property
    def x(self):
        raise ValueError("boom")


try:
    getattr(Boom(), "x", "default")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(Boom(), "y", "default y"))

# hasattr on properties that raise AttributeError
class Maybe:
    @property
    def p(self):
        raise AttributeError("not today")


print(hasattr(Maybe(), "p"))

# argument errors
for label, fn in [("getattr()", lambda: getattr()),
                  ("getattr(c)", lambda: getattr(c)),
                  ("setattr(c, 'x')", lambda: setattr(c, "x")),
                  ("hasattr(c, 1)", lambda: hasattr(c, 1)),
                  ("delattr(c, None)", lambda: delattr(c, None))]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)

# attributes on functions and builtin instances
def fn():
    pass


fn.custom = 5
print(getattr(fn, "custom"), vars(fn))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr("s", "upper", None)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr([], "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(str, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Config.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

# instance __dict__ replaced wholesale
c2 = Config()
c2.__dict__ = {"name": "replaced", "z": 26}
print(c2.name, c2.z)
try:
    c2.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
