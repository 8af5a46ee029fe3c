# Metaclass attributes and methods: visible on classes, not on instances; properties on metaclasses.
class Meta(type):
    meta_attr = "from metaclass"

    def meta_method(cls):
        return f"meta_method on {cls.__name__}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    @property
    def counter(cls):
        return cls.__dict__.get("_count", 0)

    @counter.setter
    def counter(cls, value):
        type.__setattr__(cls, "_count", value)

    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    def __len__(cls):
        return 42


class Model(metaclass=Meta):
    own_attr = "from class"


class Child(Model):
    pass


m = Model()
print(Model.meta_attr, Model.meta_method(), Model.upper_name, Child.upper_name, len(Model))
print(repr(Model), str(Child), [Model])
for name in ["meta_attr", "meta_method", "upper_name"]:
    try:
        getattr(m, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(m.own_attr, hasattr(Model, "own_attr"), "meta_attr" in dir(Model))
Model.counter = 5
Child.counter = 1
print(Model.counter, Child.counter, Model._count)
try:
    Model.upper_name = "x"
except AttributeError as e:
    print(type(e).__name__, e)


class Shadow(metaclass=Meta):
    meta_attr = "class wins over metaclass plain attribute"
    upper_name = "class attr loses to metaclass data descriptor"


print(Shadow.meta_attr, Shadow.upper_name, Shadow().upper_name)
print(type(Model).meta_method(Child), Meta.meta_method(Model))
try:
    Meta.meta_method()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Model, Meta), isinstance(m, Meta), type(type(m)) is Meta, Meta.__class__.__name__)


class ClassLevelCache(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: f"generated {name} for {cls.__name__}"
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")


class Api(metaclass=ClassLevelCache):
    pass


print(Api.get_users())
try:
    Api.other
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Api().get_users
except AttributeError as e:
    print(type(e).__name__, e)
