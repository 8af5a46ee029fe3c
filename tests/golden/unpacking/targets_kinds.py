# Starred and nested targets that are attributes, subscripts and globals.
class Box:
    pass


box = Box()
items = [0, 0, 0]
box.first, *items[1:], box.last = "abcd"
print(box.first, items, box.last)
d = {}
d["x"], *d["rest"] = range(3)
print(d)
box.a, (box.b, *box.c) = 1, (2, 3)
print(box.a, box.b, box.c)


def f():
    global g
    *g, h = 1, 2, 3
    return h


print(f(), g)


def nonlocal_user():
    x = y = None

    def inner():
        nonlocal x, y
        x, *y = "pqr"

    inner()
    return x, y


print(nonlocal_user())
