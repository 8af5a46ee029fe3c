# Attribute lookup order: data descriptors beat the instance dict, which beats non-data ones.
log = []


class DataDescr:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        log.append(f"data get {self.name} obj={'None' if obj is None else type(obj).__name__}")
        return f"data:{self.name}"

    def __set__(self, obj, value):
        log.append(f"data set {self.name}={value!r}")
        obj.__dict__["_" + self.name] = value


class NonData:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return f"nondata:{self.name}"


class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return "delete-only get"

    def __delete__(self, obj):
        log.append("delete-only delete")


class SetOnlyNoGet:
    def __set__(self, obj, value):
        log.append(f"set-only {value!r}")


class Host:
    d = DataDescr("d")
    n = NonData("n")
    x = DeleteOnly()
    s = SetOnlyNoGet()
    plain = "class attribute"


h = Host()
h.__dict__.update(d="instance d", n="instance n", x="instance x", s="instance s", plain="instance plain")
print(h.d, h.n, h.x, h.s, h.plain)
h.d = 1
h.n = 2
print(h.__dict__["d"], h.__dict__["_d"], h.__dict__["n"], h.n)
del h.x
print(h.x, "x" in h.__dict__)
h.s = "via set-only"
print(h.s, log)
log.clear()
print(Host.d, Host.n, Host.x, type(Host.__dict__["s"]).__name__, log)
try:
    del h.d
except AttributeError as e:
    print(type(e).__name__, e)
try:
    h.x = 5
except AttributeError as e:
    print(type(e).__name__, e)


class Sub(Host):
    d = "plain override"


sh = Sub()
sh.__dict__["d"] = "instance wins now"
print(sh.d, sh.n)


def func(self):
    return "method"


class WithFunc:
    f = func


w = WithFunc()
print(w.f())
w.f = lambda: "instance lambda"
print(w.f(), WithFunc.f(w))
del w.f
print(w.f())


class Meta(type):
    attr = DataDescr("meta")


class UsesMeta(metaclass=Meta):
    attr = "class dict value"


log.clear()
print(UsesMeta.attr, log)
print(UsesMeta().attr)
Host.d = "replaced the descriptor"
print(h.d, Host.d)
