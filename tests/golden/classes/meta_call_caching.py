# Metaclass __call__: singletons, instance caches keyed on arguments, and skipping __init__.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]


class Settings(metaclass=Singleton):
    inits = 0

    def __init__(self, env="dev"):
        Settings.inits += 1
        self.env = env


class Other(metaclass=Singleton):
    pass


a = Settings("prod")
b = Settings("test")
print(a is b, a.env, Settings.inits, Other() is Other(), Other() is a)


class Cached(type):
    def __call__(cls, *args):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            type.__setattr__(cls, "_cache", cache)
        if args not in cache:
            cache[args] = super().__call__(*args)
        return cache[args]


class Point(metaclass=Cached):
    created = 0

    def __init__(self, x, y):
        Point.created += 1
        self.x, self.y = x, y


p1, p2, p3 = Point(1, 2), Point(1, 2), Point(2, 1)
print(p1 is p2, p1 is p3, Point.created, sorted(Point._cache))
try:
    Point([1], 2)
except TypeError as e:
    print(type(e).__name__, e)


class NoInit(type):
    def __call__(cls, *args, **kwargs):
        obj = cls.__new__(cls)
        obj.via = "metaclass, __init__ skipped"
        return obj


class Raw(metaclass=NoInit):
    def __init__(self):
        raise AssertionError("never")


print(Raw().via)


class Logging(type):
    def __call__(cls, *args, **kwargs):
        print(f"  creating {cls.__name__}{args}{kwargs}")
        inst = super().__call__(*args, **kwargs)
        print(f"  created {inst!r}")
        return inst


class Item(metaclass=Logging):
    def __new__(cls, name, qty=1):
        print("  Item.__new__")
        return super().__new__(cls)

    def __init__(self, name, qty=1):
        print("  Item.__init__")
        self.name, self.qty = name, qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.qty})"


Item("apple", qty=3)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)


class ReturnsOther(type):
    def __call__(cls, *args):
        return args


class Weird(metaclass=ReturnsOther):
    pass


print(Weird(1, 2), type(Weird).__name__, Weird.__name__)
print(type.__call__(Settings) is a, type.__call__(Point, 9, 9) is Point(9, 9))
