# copy of class instances: __dict__, __slots__, __copy__/__deepcopy__, __reduce__, subclasses.
import copy

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.x.append(5)
print(p, q, r, type(q).__name__, q is p, q.x is p.x, r.x is p.x)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
s = Slotted()
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, "b"))

class Both(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = {"k": 1}
bo = copy.copy(Both())
print(bo.a, bo.extra)

class Custom:
    def __init__(self, v):
        self.v = v
        self.log = []
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        new = Custom(copy.deepcopy(self.v, memo))
        memo[id(self)] = new
        return new
cu = Custom([1, 2])
print(copy.copy(cu).v, copy.deepcopy(cu).v is cu.v)
print(copy.deepcopy([cu, cu])[0].v)

class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b
    def __reduce__(self):
        return (Reduced, (self.a,), {"b": self.b * 10})
rd = copy.copy(Reduced(1, 2))
print(rd.a, rd.b)

class WithState:
    def __init__(self):
        self.data = [1]
        self.cache = "big"
    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = None
ws = copy.deepcopy(WithState())
print(ws.data, ws.cache)

class MyList(list):
    pass
ml = MyList([[1], 2])
ml.tag = "t"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[0] is ml[0])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=[1]))
print(type(md).__name__, md)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0] is not kid)

print(copy.copy(Point) is Point, copy.deepcopy(Point) is Point)
def gen():
    yield 1
for bad in (lambda: copy.copy(gen()), lambda: copy.deepcopy(gen()), lambda: copy.deepcopy([copy])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
