# __prepare__: custom namespaces record definition order, reject duplicates, inject names.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print(f"__prepare__({name!r}, {[b.__name__ for b in bases]}, {kwargs})")
        return RecordingDict()

    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.definition_order = list(ns.order)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Record(metaclass=Ordered, flag=1):
    zeta = 1
    alpha = 2

    def method(self):
        pass

    zeta = 3


print(Record.definition_order, Record.zeta)


class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)


class Strict(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDuplicates()


try:
    class Bad(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return [1, 2]


try:
    class WithBad(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type.__prepare__("X", ()), type(type.__prepare__()).__name__)


class ReturnsPlain(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {}


class Child(Record):
    extra = 1


print(Child.definition_order, type(Child).__name__)
