# Deleting and re-adding instance and class attributes at cached sites.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def get_x(p):
    return p.x


def set_x(p, v):
    p.x = v


pts = [Point(i, i * 2) for i in range(4)]
print([get_x(p) for p in pts])
del pts[1].x
for p in pts:
    try:
        print(get_x(p))
    except AttributeError as e:
        print(type(e).__name__, e)
set_x(pts[1], "back")
print([get_x(p) for p in pts])

# Delete and recreate in a different order: the dict layout changes.
p = Point(1, 2)
del p.x
p.z = 3
p.x = 4
print(get_x(p), p.y, p.z, sorted(vars(p)))
del p.y
del p.z
print(get_x(p), vars(p))

try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)


# A class attribute used as a default, then shadowed, then deleted.
class Config:
    level = 1


def level(c):
    return c.level


c = Config()
print(level(c))
c.level = 5
print(level(c))
del c.level
print(level(c))
del Config.level
try:
    level(c)
except AttributeError as e:
    print(type(e).__name__, e)
Config.level = 9
print(level(c))

# hasattr / getattr with a default at sites that used to succeed.
print(hasattr(c, "level"), getattr(c, "missing", "default"))

# Many attributes: the instance dict grows past its first size.


class Big:
    pass


b = Big()
for i in range(20):
    setattr(b, "a%d" % i, i)
print(sum(getattr(b, "a%d" % i) for i in range(20)))
for i in range(0, 20, 2):
    delattr(b, "a%d" % i)
print(sorted(vars(b).items())[:3], len(vars(b)))
b.a0 = "again"
print(b.a0, b.a1, b.a19)
