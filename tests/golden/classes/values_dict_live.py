# __dict__ taken in the middle of an instance's life: a live mapping, shared with
# attribute access in both directions.


class C:
    def __init__(self):
        self.x = 1
        self.y = 2

    def get(self):
        return self.x + self.y


a = C()
b = C()
d = a.__dict__
print(d)
d["x"] = 10
print(a.x, a.get())
a.z = 3
print(d, "z" in d)
del d["y"]
try:
    a.get()
except AttributeError as e:
    print(type(e).__name__, e)
a.y = 5
print(a.get(), d)
print(b.get(), vars(b))
vars(b)["y"] = 7
print(b.get(), b.y)

# Replacing __dict__ entirely.
c = C()
c.__dict__ = {"x": 100, "y": 200, "w": 1}
print(c.get(), c.w, vars(c))
try:
    c.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
del c.__dict__
print(vars(c), hasattr(c, "x"))
c.x, c.y = 1, 2
print(c.get(), c.__dict__)

# A method shadowed through the dict.
e = C()
e.__dict__["get"] = lambda: "shadow"
print(e.get(), C().get())
del e.__dict__["get"]
print(e.get())

# Many instances in a loop, some taking their dict.
tot = 0
for i in range(100):
    o = C()
    if i % 3 == 0:
        o.__dict__["x"] = i
    tot += o.get()
print(tot)
