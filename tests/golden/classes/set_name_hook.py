# __set_name__: called at class creation for every attribute, in definition order, with errors.
calls = []


class Field:
    def __init__(self, label=None):
        self.label = label

    def __set_name__(self, owner, name):
        calls.append((owner.__name__, name, self.label))
        self.owner = owner
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Model:
    first = Field("one")
    second = Field()
    not_a_field = 3
    third = Field("three")


print(calls)
m = Model()
m.first = 1
print(m.first, m.second, Model.third.name, Model.third.owner.__name__)

calls.clear()
shared = Field("shared")


class Aliases:
    a = shared
    b = shared


print(calls, shared.name)
calls.clear()
late = Field("late")
Model.late = late
print(calls, hasattr(late, "name"))
late.__set_name__(Model, "late")
print(calls[-1], Model().late)
calls.clear()
Dyn = type("Dyn", (), {"f": Field("dyn")})
print(calls)


class Sub(Model):
    fourth = Field("four")


print(calls[-1], Sub().first)


class Boom:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot bind {name}")


try:
    class Broken:
        ok = Field("before")
        bad = Boom()
except ValueError as e:
    print(type(e).__name__, e)


class NotCallable:
    __set_name__ = "not callable"


try:
    class Broken2:
        x = NotCallable()
except TypeError as e:
    print(type(e).__name__, e)


class InstanceAttr:
    pass


ia = InstanceAttr()
ia.__set_name__ = lambda owner, name: calls.append("instance-level hook")
calls.clear()


class UsesInstance:
    x = ia


print(calls)


class Recorder:
    def __set_name__(self, owner, name):
        calls.append(f"{name}: owner has {sorted(k for k in vars(owner) if not k.startswith('__'))}")


calls.clear()


class Order:
    p = Recorder()
    q = Recorder()

    def method(self):
        pass


print(calls)
