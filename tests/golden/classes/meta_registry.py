# Metaclass registries: __new__ and __init__ of the metaclass, per-hierarchy registries, lookup.
class PluginMeta(type):
    registries = {}

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace)
        root = next((b for b in cls.__mro__[::-1] if type(b) is mcs or isinstance(b, mcs)), cls)
        if not bases or all(not isinstance(b, mcs) for b in bases):
            mcs.registries[name] = {}
            cls._root_name = name
        else:
            key = kwargs.get("key", name.lower())
            registry = mcs.registries[cls._root_name]
            if key in registry:
                raise TypeError(f"duplicate plugin key {key!r}")
            registry[key] = cls
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.created_with = sorted(kwargs)

    def __iter__(cls):
        return iter(sorted(PluginMeta.registries[cls._root_name].items()))

    def __getitem__(cls, key):
        return PluginMeta.registries[cls._root_name][key]

    def __len__(cls):
        return len(PluginMeta.registries[cls._root_name])


class Codec(metaclass=PluginMeta):
    pass


class Json(Codec):
    pass


class Yaml(Codec, key="yml"):
    pass


class Exporter(metaclass=PluginMeta):
    pass


class Csv(Exporter, key="csv", extra=True):
    pass


print([(k, v.__name__) for k, v in Codec], len(Codec), Codec["yml"].__name__)
print([k for k, _ in Exporter], Csv.created_with, Json.created_with, type(Json).__name__)
print(sorted(PluginMeta.registries), isinstance(Codec, PluginMeta), isinstance(Json(), Codec))
try:
    class Json2(Codec, key="json"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(len(Codec), "json2" in dict(Codec))
try:
    Codec["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(bool(Codec), list(Codec)[0][0], Json.__class__.__name__, type(PluginMeta).__name__)


class Counted(type):
    count = 0

    def __call__(cls, *args, **kwargs):
        Counted.count += 1
        return super().__call__(*args, **kwargs)


class Thing(metaclass=Counted):
    def __init__(self, v):
        self.v = v


things = [Thing(i) for i in range(3)]
print(Counted.count, things[2].v)


class AutoRepr(type):
    def __new__(mcs, name, bases, ns):
        fields = [k for k, v in ns.items() if not k.startswith("_") and not callable(v)]
        ns["_fields"] = tuple(fields)
        ns["__repr__"] = lambda self: f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        return super().__new__(mcs, name, bases, ns)


class Config(metaclass=AutoRepr):
    host = "localhost"
    port = 80

    def method(self):
        pass


c = Config()
c.port = 8080
print(c, Config._fields)
