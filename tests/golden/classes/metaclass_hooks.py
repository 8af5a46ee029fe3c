# Metaclasses: __prepare__, __new__, __init__, __call__, and their ordering with
# __set_name__ and __init_subclass__.
log = []


class Descr:
    def __set_name__(self, owner, name):
        log.append("set_name " + owner.__name__ + "." + name)


class LoggingDict(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            log.append("ns[" + key + "]")
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append("prepare " + name + " kw=" + str(sorted(kw)))
        return LoggingDict()

    def __new__(mcs, name, bases, ns, **kw):
        log.append("meta new " + name + " ns type " + type(ns).__name__)
        cls = super().__new__(mcs, name, bases, ns, **kw)
        log.append("meta new done " + name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append("meta init " + name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        log.append("meta call " + cls.__name__ + " " + str(args))
        inst = super().__call__(*args, **kwargs)
        log.append("meta call done")
        return inst


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append("init_subclass " + cls.__name__ + " " + str(kw))
        super().__init_subclass__()


log.append("-- defining Child")


class Child(Base, tag="t"):
    attr = Descr()
    other = 1

    def __init__(self, v):
        log.append("Child.__init__ " + str(v))
        self.v = v


log.append("-- instantiating")
c = Child(5)
for line in log:
    print(line)
print(type(Child).__name__, type(c).__name__, isinstance(Child, Meta), c.v)
print(type(Child.__dict__).__name__)


# metaclass __call__ that bypasses __init__ / caches instances
class Cached(type):
    def __call__(cls, key):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            cls._cache = cache
        if key not in cache:
            cache[key] = super().__call__(key)
        return cache[key]


class Color(metaclass=Cached):
    def __init__(self, name):
        print("  creating", name)
        self.name = name


print(Color("red") is Color("red"), Color("blue") is Color("red"), sorted(Color._cache))


# metaclass methods and attributes are visible on the class, not its instances
class WithMethods(type):
    kind = "meta attribute"

    def describe(cls):
        return "class " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Thing(metaclass=WithMethods):
    pass


print(Thing.describe(), Thing.kind, Thing.upper_name)
try:
    Thing().describe()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Thing().upper_name
except AttributeError as e:
    print(type(e).__name__, e)


# metaclass inherited by subclasses
class SubThing(Thing):
    pass


print(type(SubThing).__name__, SubThing.describe())


# metaclass modifying the namespace: auto-uppercasing attribute names
class UpperAttrs(type):
    def __new__(mcs, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            if k.startswith("__"):
                new_ns[k] = v
            else:
                new_ns[k.upper()] = v
        return super().__new__(mcs, name, bases, new_ns)


class Shouty(metaclass=UpperAttrs):
    greeting = "hi"

    def method(self):
        return "m"


print(Shouty.GREETING, Shouty().METHOD(), hasattr(Shouty, "greeting"))


# __prepare__ returning a plain dict preserved order; the final class __dict__ is a copy
class Order(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls


class Ordered(metaclass=Order):
    z = 1
    a = 2

    def m(self):
        pass

    b = 3


print(Ordered.order)


# metaclass operators: class objects supporting + and len and iteration
class Enumish(type):
    def __iter__(cls):
        return iter([v for k, v in cls.__dict__.items() if not k.startswith("_")])

    def __len__(cls):
        return len(list(iter(cls)))

    def __getitem__(cls, key):
        return cls.__dict__[key]

    def __contains__(cls, v):
        return v in list(iter(cls))

    def __repr__(cls):
        return "<enumish " + cls.__name__ + ">"


class Weekday(metaclass=Enumish):
    MON = 1
    TUE = 2
    WED = 3


print(list(Weekday), len(Weekday), Weekday["TUE"], 3 in Weekday, 9 in Weekday, Weekday, [Weekday])


# metaclass __new__ that returns something that is not a class
class Weird(type):
    def __new__(mcs, name, bases, ns):
        return name + " was replaced"


class Replaced(metaclass=Weird):
    pass


print(Replaced, type(Replaced).__name__)


# a plain function as metaclass
def func_meta(name, bases, ns, **kw):
    ns["added"] = "by function " + str(kw)
    return type(name, bases, ns)


class FromFunc(metaclass=func_meta, extra=1):
    pass


print(FromFunc.added, type(FromFunc).__name__)


# __init_subclass__ keyword errors reach the caller
class Strict:
    def __init_subclass__(cls):
        pass


try:
    class Bad(Strict, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
