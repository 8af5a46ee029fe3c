# Class decorators versus metaclasses: what subclasses inherit, ordering, and combination.
log = []


def decorate(cls):
    log.append(f"decorate {cls.__name__}")
    cls.decorated = True
    original = cls.__init__

    def __init__(self, *args, **kwargs):
        log.append(f"decorated __init__ of {type(self).__name__}")
        original(self, *args, **kwargs)

    cls.__init__ = __init__
    return cls


class Meta(type):
    def __new__(mcs, name, bases, ns):
        log.append(f"Meta.__new__ {name}")
        ns["by_meta"] = name
        return super().__new__(mcs, name, bases, ns)


@decorate
class Decorated:
    def __init__(self, v):
        self.v = v


class SubOfDecorated(Decorated):
    pass


class WithMeta(metaclass=Meta):
    pass


class SubOfMeta(WithMeta):
    pass


print(log)
log.clear()
SubOfDecorated(1)
print(log, SubOfDecorated.decorated, "decorated" in SubOfDecorated.__dict__)
print(SubOfMeta.by_meta, WithMeta.by_meta, type(SubOfMeta).__name__, type(SubOfDecorated).__name__)
log.clear()


@decorate
class Both(metaclass=Meta):
    def __init__(self):
        pass


print(log, Both.by_meta, Both.decorated)


def add_method(name):
    def deco(cls):
        setattr(cls, name, lambda self: f"{name} on {type(self).__name__}")
        return cls
    return deco


@add_method("first")
@add_method("second")
class Multi:
    pass


print(Multi().first(), Multi().second())


def replace_class(cls):
    return type(cls.__name__ + "Replaced", (cls,), {"replaced": True})


@replace_class
class Original:
    pass


print(Original.__name__, Original.__mro__[1].__name__, Original.replaced)


def returns_instance(cls):
    return cls()


@returns_instance
class Configured:
    value = 3


print(type(Configured).__name__, Configured.value)


def counting(cls):
    cls.instances = 0
    orig_new = cls.__new__

    def __new__(klass, *args, **kwargs):
        klass.instances += 1
        return orig_new(klass)

    cls.__new__ = __new__
    return cls


@counting
class Tracked:
    def __init__(self, x):
        self.x = x


t = [Tracked(i) for i in range(3)]
print(Tracked.instances, t[-1].x)
