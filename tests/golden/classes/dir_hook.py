# dir(): __dir__ on instances, the default listing, sorting, and bad __dir__ results.
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid", "alpha"]


print(dir(Custom()))


class ReturnsTuple:
    def __dir__(self):
        return ("b", "a")


class ReturnsGenerator:
    def __dir__(self):
        return (c for c in "cab")


class ReturnsDict:
    def __dir__(self):
        return {"y": 1, "x": 2}


print(dir(ReturnsTuple()), dir(ReturnsGenerator()), dir(ReturnsDict()))


class ReturnsInt:
    def __dir__(self):
        return 5


class ReturnsMixed:
    def __dir__(self):
        return ["a", 1]


for obj in [ReturnsInt(), ReturnsMixed()]:
    try:
        print(dir(obj))
    except TypeError as e:
        print(type(e).__name__, e)


class Base:
    base_attr = 1

    def base_method(self):
        pass


class Derived(Base):
    derived_attr = 2

    def __init__(self):
        self.inst_attr = 3


names = dir(Derived())
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, names == sorted(names))
print([n for n in dir(Derived) if not n.startswith("__")])


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __dir__(self):
        return sorted(set(dir(type(self))) | set(self.__dict__) | set(dir(self._target)))


p = Proxy(Derived())
print([n for n in dir(p) if not n.startswith("__")], p.base_attr, p.inst_attr)


class Slotted:
    __slots__ = ("s1", "s2")


print([n for n in dir(Slotted()) if not n.startswith("__")])
print("s1" in dir(Slotted), "__slots__" in dir(Slotted))

inst = Derived()
inst.__dict__["added_later"] = 0
print("added_later" in dir(inst))
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
