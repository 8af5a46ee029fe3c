# __missing__ on dict subclasses: only d[key] consults it; get/in/setdefault/pop do not.
class Defaulting(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
        self.missed = []

    def __missing__(self, key):
        self.missed.append(key)
        value = self[key] = self.factory()
        return value


d = Defaulting(list, a=[1])
d["b"].append(2)
d["b"].append(3)
print(d, d.missed)
print(d.get("zz"), "zz" in d, d.setdefault("c", "set"), d.pop("nope", "popped-default"), d.missed)
print(sorted(d.keys()), len(d))


class Echo(dict):
    def __missing__(self, key):
        return f"<{key}>"


e = Echo(x=1)
print(e["x"], e["y"], e[1, 2], "y" in e, len(e), e.get("y", "get-default"))
print("{x} and {y}".format_map(e), "%(x)s %(q)s" % e)


class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"custom miss for {key!r}")


try:
    Raising()["k"]
except LookupError as err:
    print(type(err).__name__, err)


class ReturnsNone(dict):
    def __missing__(self, key):
        return None


print(ReturnsNone()["anything"])


class MissingAsAttribute(dict):
    pass


m = MissingAsAttribute()
m.__missing__ = lambda key: "instance attribute is ignored"
try:
    m["k"]
except KeyError as err:
    print(type(err).__name__, err)


class NotADict:
    def __missing__(self, key):
        return "never"

    def __getitem__(self, key):
        raise KeyError(key)


try:
    NotADict()["k"]
except KeyError as err:
    print(type(err).__name__, err)


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c)


class Chained(Defaulting):
    def __missing__(self, key):
        if isinstance(key, str) and key.isdigit():
            return int(key)
        return super().__missing__(key)


ch = Chained(dict)
print(ch["42"], ch["k"], ch, ch.missed)


class Recursive(dict):
    def __missing__(self, key):
        if key <= 1:
            return 1
        return self[key - 1] * key


print(Recursive()[10], dict.__getitem__(Echo(), "q") if False else "dict.__getitem__ skips nothing:")
try:
    dict.__getitem__(Echo(), "q")
    print("missing used")
except KeyError as err:
    print(type(err).__name__, err)
