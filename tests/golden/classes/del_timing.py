# __del__ runs at the moment the last reference goes away.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


print("-- rebinding")
r = Res("a")
r = Res("b")
print("after rebinding")
del r
print("after del")

print("-- temporary")
Res("temp")
print("after temporary")

print("-- container")
items = [Res("x"), Res("y")]
items.pop(0)
print("popped")
items.clear()
print("cleared")

print("-- function scope")


def use():
    local = Res("local")
    print("in function")


use()
print("after function")

print("-- return value kept")


def make():
    return Res("made")


kept = make()
print("kept", kept.name)
kept = None
print("dropped")

print("-- dict value replaced")
d = {"k": Res("v1")}
d["k"] = Res("v2")
print("replaced")
del d["k"]
print("deleted key")

print("-- attribute of another object")


class Holder:
    pass


h = Holder()
h.res = Res("attr")
h.res = None
print("attr cleared")
h.res = Res("attr2")
del h
print("holder gone")

print("-- aliases")
a = Res("shared")
b = a
del a
print("one alias left")
b = 0
print("none left")

print("-- __del__ sees its attributes and can call methods")


class Chatty:
    def __init__(self, n):
        self.n = n

    def describe(self):
        return "chatty " + str(self.n)

    def __del__(self):
        print("finalising", self.describe())


c = Chatty(7)
del c

print("-- exceptions in __del__ are not propagated")


class Raiser:
    def __del__(self):
        print("raiser __del__ running")
        raise ValueError("ignored")


x = Raiser()
del x
print("still running")

print("-- inheritance")


class Child(Res):
    def __del__(self):
        print("child cleanup", self.name)
        super().__del__()


ch = Child("kid")
ch = None
print("-- loop variable")
for i in range(2):
    tmp = Res("loop" + str(i))
print("loop done")
del tmp
print("-- end of program")
survivor = Res("global at exit")
