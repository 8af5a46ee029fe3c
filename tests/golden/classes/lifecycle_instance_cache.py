# Instance caching and singletons built in __new__; __init__ re-runs on each call.
class Color:
    _cache = {}
    inits = 0

    def __new__(cls, name):
        key = name.lower()
        inst = cls._cache.get(key)
        if inst is None:
            inst = super().__new__(cls)
            inst.key = key
            cls._cache[key] = inst
        return inst

    def __init__(self, name):
        Color.inits += 1
        self.last_spelling = name

    def __repr__(self):
        return f"Color({self.key!r}, last={self.last_spelling!r})"


a = Color("Red")
b = Color("RED")
c = Color("blue")
print(a is b, a is c, a, c)
print(Color.inits, sorted(Color._cache))


class Null:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst

    def __bool__(self):
        return False

    def __repr__(self):
        return "Null"

    def __call__(self, *a, **k):
        return self

    def __getattr__(self, name):
        return self


n = Null()
print(n is Null(), n, bool(n), n.anything.at.all(1, x=2))


class SubNull(Null):
    pass


sn = SubNull()
print(type(sn).__name__, sn is n, SubNull._inst is Null._inst)
Null._inst = None
SubNull._inst = None
print(type(SubNull()).__name__, type(Null()).__name__, SubNull() is Null())


class Interned:
    """A flyweight keyed on constructor arguments, with a counter of allocations."""

    allocations = 0
    _pool = {}

    def __new__(cls, x, y=0):
        key = (cls, x, y)
        try:
            return cls._pool[key]
        except KeyError:
            Interned.allocations += 1
            obj = super().__new__(cls)
            cls._pool[key] = obj
            return obj

    def __init__(self, x, y=0):
        self.x, self.y = x, y


pts = [Interned(i % 3, y=i % 2) for i in range(12)]
print(Interned.allocations, len({id(p) for p in pts}))
print(pts[0] is pts[6], pts[1] is pts[7], pts[0] is pts[3])
try:
    Interned([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
print(Interned.allocations)
