# Attribute and method caches when instance attributes shadow class attributes, per name:
# class defaults later set on instances, methods hidden by instance attributes after their
# calls were cached, class attributes added later, dicts handed out, __class__ assignment.


class Job:
    state = "pending"
    result = None

    def __init__(self, name):
        self.name = name

    def finish(self, value):
        self.state = "done"
        self.result = value

    def done(self):
        return self.state != "pending"

    def describe(self):
        return f"{self.name}:{self.state}:{self.result}"


jobs = [Job(f"j{i}") for i in range(6)]
for rnd in range(3):
    for j in jobs:
        if j.done():
            continue
        if int(j.name[1:]) % 3 == rnd:
            j.finish(rnd * 10)
    print(rnd, [j.describe() for j in jobs])

# A method hidden by an instance attribute after many cached calls of it.
j = jobs[0]
for _ in range(3):
    print(j.done(), jobs[1].done())
j.done = lambda: "instance attribute wins"
for _ in range(3):
    print(j.done(), jobs[1].done())
del j.done
print(j.done())

# A class attribute added after instances stored the same name.
class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


pts = [Point(i) for i in range(3)]
for _ in range(2):
    print([p.get() for p in pts], [p.x for p in pts])
Point.x = "class x"
print([p.x for p in pts], Point(7).x)
del pts[1].x
print([p.x for p in pts])
Point.get = lambda self: ("patched", self.x)
print([p.get() for p in pts])

# Dicts handed out: writes through vars() and __dict__ are seen by cached sites.
class Box:
    kind = "box"

    def label(self):
        return "label of " + self.kind


b = Box()
for _ in range(2):
    print(b.kind, b.label())
vars(b)["kind"] = "crate"
print(b.kind, b.label())
b.__dict__["label"] = lambda: "dict label"
print(b.label())
other = Box()
print(other.kind, other.label())

# __class__ assignment moves the instance's dict to a class with other attributes.
class A:
    tag = "A"

    def who(self):
        return "A.who " + self.tag


class B:
    tag = "B"

    def who(self):
        return "B.who " + self.tag


a = A()
a.who = "instance who"
for _ in range(2):
    print(a.tag, a.who)
a.__class__ = B
print(a.tag, a.who, B().who())
del a.who
print(a.who())

# A class attribute whose own class later becomes a data descriptor: it then wins over the
# instance dict (the store and the load both take the descriptor).
class Flag:
    def __get__(self, obj, owner=None):
        return "Flag.__get__"


class Holder:
    f = Flag()


h = Holder()
h.f = "instance"
for _ in range(2):
    print(h.f)
Flag.__set__ = lambda self, obj, value: print("Flag.__set__", value)
h.f = "again"
print(h.f, h.__dict__)

# Names that are not exact str.
class S(str):
    pass


c = Box()
setattr(c, S("kind"), "subclass-named")
print(c.kind, c.label(), getattr(c, S("kind")))
