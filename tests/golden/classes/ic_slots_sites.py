# __slots__ attributes through cached load and store sites.


class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


def get_x(o):
    return o.x


def get_y(o):
    return o.y


def set_y(o, v):
    o.y = v


a = S(1)
b = S(2)
print(get_x(a), get_x(b))
try:
    get_y(a)
except AttributeError as e:
    print(type(e).__name__, e)
set_y(a, 10)
print(get_y(a))
del a.y
try:
    get_y(a)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
set_y(a, 11)
set_y(a, 12)
print(get_y(a))


# A subclass with a __dict__ and its own slot.
class T(S):
    __slots__ = ("z", "__dict__")


t = T(5)
t.z = 6
t.w = 7
set_y(t, 8)
print(get_x(t), get_y(t), t.z, t.w, sorted(vars(t)))


# A subclass without __slots__ gets a dict.
class U(S):
    pass


u = U(9)
u.extra = "extra"
set_y(u, "uy")
print(get_x(u), get_y(u), u.extra, vars(u))

# Class attribute beside slots: read-only through the instance.


class W:
    __slots__ = ("v",)
    k = "class k"


w = W()
print(w.k)
try:
    w.k = 1
except AttributeError as e:
    print(type(e).__name__, e)

try:

    class Bad:
        __slots__ = ("k",)
        k = 1

except ValueError as e:
    print(type(e).__name__, e)

# Many objects cycling through the same sites.
objs = [S(i) for i in range(100)]
for o in objs:
    set_y(o, o.x * 2)
print(sum(get_y(o) for o in objs))
