# Classes with more attributes than the shared keys hold (40+), set in a loop with setattr
# and read back through compiled attribute sites and getattr.


class Big:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i * i)
        self.last = n


def total(o, n):
    return sum(getattr(o, "f%d" % i) for i in range(n))


objs = [Big(45) for _ in range(3)]
for o in objs:
    print(total(o, 45), o.last, o.f0, o.f44, len(vars(o)))
print(list(vars(objs[0]))[:3], list(vars(objs[0]))[-3:])

# A second class: a few attributes, then many, on the same instance.
class Grow:
    pass


g = Grow()
g.x = 1
print(g.x)
for i in range(50):
    setattr(g, "a" + str(i), i)
print(g.x, g.a0, g.a49, len(g.__dict__))
g.x = 2
print(g.x, list(g.__dict__)[:2])

# Instances created after the keys filled up still work.
h = Grow()
h.a49 = "late"
h.x = "first?"
print(list(vars(h).items()))

# Non-str-identical but equal names.
name = "".join(["a", "4", "9"])
print(getattr(h, name))
setattr(h, name, "again")
print(h.a49)
