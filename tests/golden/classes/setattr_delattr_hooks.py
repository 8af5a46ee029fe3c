# __setattr__/__delattr__: validation, super()/object delegation, read-only and frozen objects.
log = []


class Validated:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __setattr__(self, key, value):
        log.append(f"set {key}={value!r}")
        if key == "age" and not isinstance(value, int):
            raise TypeError(f"age must be int, not {type(value).__name__}")
        if key.startswith("_"):
            raise AttributeError(f"cannot set private attribute {key!r}")
        super().__setattr__(key, value)

    def __delattr__(self, key):
        log.append(f"del {key}")
        if key == "name":
            raise AttributeError("name is required")
        object.__delattr__(self, key)


v = Validated("ann", 3)
print(vars(v), log)
for key, value in [("age", "x"), ("_secret", 1), ("extra", [1])]:
    try:
        setattr(v, key, value)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for key in ["name", "extra", "extra"]:
    try:
        delattr(v, key)
    except AttributeError as e:
        print(type(e).__name__, e)
print(vars(v))
v.__dict__["_direct"] = "bypass"
print(v._direct, log[-3:])


class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, key, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    __delattr__ = __setattr__

    def __repr__(self):
        return f"Frozen({self.x}, {self.y})"


f = Frozen(1, 2)
for action in [lambda: setattr(f, "x", 5), lambda: delattr(f, "x", ), lambda: setattr(f, "z", 0)]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(f)
object.__setattr__(f, "x", 10)
print(f)
try:
    object.__setattr__(f, "z", 1)
except AttributeError as e:
    print(type(e).__name__, e)


class Counter:
    def __init__(self):
        self.__dict__["writes"] = 0

    def __setattr__(self, key, value):
        self.__dict__["writes"] += 1
        self.__dict__[key] = value


c = Counter()
c.a = 1
c.a += 1
c.b = [c.a]
print(c.writes, c.a, c.b)

obj = object()
for action in [lambda: setattr(obj, "x", 1), lambda: delattr(obj, "x"), lambda: delattr(Validated("a", 1), "missing_attr")]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [1, None, b"x"]:
    try:
        setattr(c, bad, 1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        getattr(c, bad)
    except TypeError as e:
        print(type(e).__name__, e)


class Plain:
    pass


p = Plain()
p.x = 1
del p.x
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Plain.nothing
except AttributeError as e:
    print(type(e).__name__, e)
