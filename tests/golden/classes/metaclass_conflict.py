# Metaclass conflicts, merged metaclasses, most-derived metaclass selection, registries.
class MetaA(type):
    pass


class MetaB(type):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class MetaAB(MetaA, MetaB):
    pass


class AB(A, B, metaclass=MetaAB):
    pass


print(type(AB).__name__, [m.__name__ for m in MetaAB.__mro__])

# the most derived metaclass is picked automatically
class SubMetaA(MetaA):
    pass


class C(metaclass=SubMetaA):
    pass


class AC(A, C):
    pass


class CA(C, A):
    pass


print(type(AC).__name__, type(CA).__name__)

# explicit metaclass that is less derived than a base's is upgraded
class Upgraded(C, metaclass=MetaA):
    pass


print(type(Upgraded).__name__)

# explicit type with a metaclassed base
class Plain(A, metaclass=type):
    pass


print(type(Plain).__name__)

# explicit unrelated metaclass conflicts
try:
    class Clash(A, metaclass=MetaB):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# dynamic creation conflicts too
try:
    type("Dyn", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    MetaA("Dyn2", (B,), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type(MetaA("Dyn3", (C,), {})).__name__)


# registry metaclass
class Registry(type):
    plugins = {}

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.plugins[ns.get("key", name.lower())] = cls
        return cls

    @classmethod
    def get(mcs, key):
        return mcs.plugins[key]


class Plugin(metaclass=Registry):
    def run(self):
        return type(self).__name__ + " running"


class Audio(Plugin):
    key = "audio"


class Video(Plugin):
    pass


class HDVideo(Video):
    key = "hd"


print(sorted(Registry.plugins), Registry.get("hd")().run(), Registry.get("video").__name__)
try:
    Registry.get("missing")
except KeyError as e:
    print(type(e).__name__, e)


# isinstance relationships between classes and metaclasses
print(isinstance(Audio, Registry), isinstance(Audio, type), isinstance(Registry, type),
      isinstance(type, type), isinstance(object, type), issubclass(Registry, type),
      isinstance(Audio(), Registry))


# metaclass with __init__ counting classes
class Counting(type):
    count = 0

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Counting.count += 1
        cls.serial = Counting.count


class First(metaclass=Counting):
    pass


class Second(First):
    pass


class Third(Second):
    pass


print(First.serial, Second.serial, Third.serial, Counting.count)


# metaclass of a metaclass
class MetaMeta(type):
    def __call__(mcs, *args, **kw):
        print("  MetaMeta.__call__ creating a class via", mcs.__name__)
        return super().__call__(*args, **kw)


class Middle(type, metaclass=MetaMeta):
    pass


class Leaf(metaclass=Middle):
    pass


print(type(Leaf).__name__, type(Middle).__name__, type(MetaMeta).__name__)


# class attribute lookup through the metaclass: class attrs beat metaclass attrs,
# but metaclass data descriptors beat class attrs
class MetaDesc(type):
    where = "meta plain"

    @property
    def prop(cls):
        return "meta property"


class UsesMetaDesc(metaclass=MetaDesc):
    where = "class plain"
    prop = "class prop"


print(UsesMetaDesc.where, UsesMetaDesc.prop, UsesMetaDesc.__dict__["prop"])
