# weakref.ref: calling, callbacks at the moment the last reference goes, sharing, hash/eq.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


n = Node("a")
r = weakref.ref(n)
print(r() is n, r().name, type(r).__name__, weakref.ref is weakref.ReferenceType)
print(weakref.ref(n) is r, weakref.getweakrefcount(n))
print(r.__callback__)

events = []


def on_death(ref):
    events.append(("died", ref() is None, ref is r2))


r2 = weakref.ref(n, on_death)
print(r2 is r, r2.__callback__ is on_death, weakref.getweakrefcount(n))
print(n.__weakref__ is r)
print("before del", events)
del n
print("after del", events, r(), r2())

# callbacks run newest first; the shared plain reference has none
m = Node("m")
order = []
rs = [weakref.ref(m, lambda w, i=i: order.append(i)) for i in range(4)]
del m
print(order)

# hash follows the referent while alive and is remembered after death
class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


k1, k2 = Key(1), Key(1)
w1, w2 = weakref.ref(k1), weakref.ref(k2)
print(hash(w1) == hash(1), w1 == w2, w1 != w2, w1 is w2)
del k1
print(w1 == w2, w1 != w2, w1 == w1, hash(w1) == hash(1))
k3 = Key(3)
w3 = weakref.ref(k3)
del k3
try:
    hash(w3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    w2 < w2
except TypeError as e:
    print(type(e).__name__, e)
print(w3 == 5, w3 != 5)

# the reference's repr names the type and the addresses
k4 = Key(4)
w4 = weakref.ref(k4)
print(repr(w4) == f"<weakref at {hex(id(w4))}; to 'Key' at {hex(id(k4))}>")
del k4
print(repr(w4) == f"<weakref at {hex(id(w4))}; dead>")


def func():
    pass


wf = weakref.ref(func)
print(repr(wf) == f"<weakref at {hex(id(wf))}; to 'function' at {hex(id(func))} (func)>")
print(wf() is func, weakref.ref(Node)() is Node)
