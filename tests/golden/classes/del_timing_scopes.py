# __del__ runs the moment the last reference goes: del, rebinding, containers, scopes.
events = []


class Tracked:
    def __init__(self, name):
        self.name = name
        events.append(f"+{name}")

    def __del__(self):
        events.append(f"-{self.name}")


def flush(label):
    print(label, events)
    events.clear()


a = Tracked("a")
b = a
del a
flush("del one of two refs:")
del b
flush("del last ref:")

x = Tracked("x1")
x = Tracked("x2")
flush("rebinding:")
x = None
flush("set to None:")

items = [Tracked(f"l{i}") for i in range(3)]
flush("built list:")
items.pop(1)
flush("pop:")
items[0] = "replaced"
flush("item replaced:")
items.clear()
flush("clear:")

d = {"k": Tracked("dv")}
d["k"] = Tracked("dv2")
flush("dict overwrite:")
del d["k"]
flush("dict del:")


def scope():
    local = Tracked("local")
    events.append("in scope")
    return 5


print(scope())
flush("after function returned:")


def keeps():
    t = Tracked("returned")
    return t


kept = keeps()
flush("returned object alive:")
del kept
flush("then dropped:")

t = (Tracked("t1"), Tracked("t2"))
flush("tuple built:")
t = t[1:]
flush("slice kept t2:")
del t
flush("tuple dropped:")


class Parent:
    def __init__(self):
        self.child = Tracked("child")

    def __del__(self):
        events.append("-parent")


p = Parent()
del p
flush("parent then its attributes:")

for i in range(2):
    loopvar = Tracked(f"loop{i}")
flush("loop rebinding:")
del loopvar
flush("end:")


class Resurrect:
    saved = []

    def __del__(self):
        events.append("resurrect __del__")
        Resurrect.saved.append(self)


r = Resurrect()
del r
flush("resurrected:")
print(len(Resurrect.saved), type(Resurrect.saved[0]).__name__)
Resurrect.saved.clear()
flush("cleared (no second __del__):")
