# Small dicts (a few keys, searched without a hash table) growing, shrinking and mixing keys.


class Key:
    """Equal keys with equal hashes that are different objects."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return "Key(%d)" % self.n


d = {}
for i in range(12):
    d["k%d" % i] = i
    if i in (3, 7, 8, 9, 11):
        print(len(d), list(d)[-2:], d.get("k0"), d.get("k%d" % i))

# Deleting and re-adding in a small dict keeps insertion order.
s = {"a": 1, "b": 2, "c": 3}
del s["a"]
s["a"] = 4
s["d"] = 5
print(s, "a" in s, "z" in s)
for _ in range(10):
    s["tmp"] = 0
    del s["tmp"]
print(s, len(s))
print(s.popitem(), s)

# Keys equal by value but not identity.
k = {Key(1): "one", Key(4): "four", Key(7): "seven"}
print(k[Key(4)], Key(7) in k, Key(10) in k, len(k))
k[Key(4)] = "FOUR"
print(k)
del k[Key(1)]
print(k, k.get(Key(1), "gone"))

# Strings built at run time find keys made from literals.
lit = {"alpha": 1, "beta": 2}
built = "".join(["al", "pha"])
print(lit[built], built in lit, lit.setdefault("".join(["ga", "mma"]), 3), lit)

# Mixed key types, equal numbers.
m = {1: "int", 2.5: "float", "1": "str", (1, 2): "tuple"}
print(m[1.0], m[True], m[2.5], m[(1, 2)], m["1"])
m[1.0] = "float one"
print(m)

# Growing past the small size, then deleting back down.
g = {}
for i in range(20):
    g[i] = i * i
for i in range(0, 20, 3):
    del g[i]
print(len(g), list(g.items())[:4], g[19])
g.clear()
g["x"] = 1
print(g, dict(zip("abc", range(3))), {**g, "y": 2})

# keyword-argument dicts
def kw(**kwargs):
    kwargs["extra"] = True
    return kwargs


print(kw(a=1, b=2), kw())
print(sorted({"b": 1, "a": 2}.items()), {"a": 1} == {"a": 1}, {"a": 1} == {"a": 2})
