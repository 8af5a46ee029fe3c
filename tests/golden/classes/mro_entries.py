# PEP 560: __mro_entries__ in class statements, __orig_bases__, and its errors.
class Plugin:
    registry = []

    def __init_subclass__(cls, **kw):
        Plugin.registry.append(cls.__name__)


class Marker:
    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        print("resolving", len(bases), "bases")
        return self.bases


class A(Marker(Plugin)):
    pass


class B(Marker(), Plugin):
    pass


class C(Marker(dict, Plugin)):
    pass


print(A.__bases__, A.__orig_bases__[0].__class__.__name__, B.__bases__, C.__bases__, Plugin.registry)
print("__orig_bases__" in A.__dict__, "__orig_bases__" in Plugin.__dict__, C(x=1))


class BadEntries:
    def __mro_entries__(self, bases):
        return [object]


try:
    class D(BadEntries()):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(3):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class NotAClass:
    pass


try:
    class F(NotAClass()):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class G(list[int]):
    pass


print(G.__bases__, G.__orig_bases__, G([1, 2]))
