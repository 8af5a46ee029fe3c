# Descriptors written in Python: data vs non-data precedence, __set_name__, class access.
class Data:
    def __init__(self, label):
        self.label = label

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.key = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access of " + self.name + " on " + objtype.__name__
        return self.label + ":" + str(obj.__dict__.get(self.key, "unset"))

    def __set__(self, obj, value):
        obj.__dict__[self.key] = value


class NonData:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "nondata on class"
        return "nondata computed"


class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return "deleteonly get"

    def __delete__(self, obj):
        print("deleteonly delete")


class SetOnly:
    def __set__(self, obj, value):
        print("setonly set", value)


print("defining")


class Model:
    a = Data("A")
    b = Data("B")
    nd = NonData()
    do = DeleteOnly()
    so = SetOnly()


print("defined")
m = Model()
print(m.a, m.b, Model.a)
m.a = 1
print(m.a, m.__dict__)

# data descriptor beats the instance dict
m.__dict__["a"] = "in dict"
print(m.a)

# non-data descriptor loses to the instance dict
print(m.nd, Model.nd)
m.nd = "instance value"
print(m.nd)
del m.nd
print(m.nd)

# __delete__ only still makes a data descriptor
m.__dict__["do"] = "dict do"
print(m.do)
del m.do
try:
    m.do = 5
except AttributeError as e:
    print(type(e).__name__, e)

# __set__ only: no __get__, so reading gives the descriptor object itself unless in dict
print(type(m.so).__name__)
m.so = 3
m.__dict__["so"] = "dict so"
print(m.so)
print(type(Model.so).__name__)

# delete without __delete__ on a data descriptor
try:
    del m.a
except AttributeError as e:
    print(type(e).__name__, e)


# descriptor on a metaclass-less class: assigning on the class replaces it
class Holder:
    d = Data("H")


print(Holder().d)
Holder.d = 5
print(Holder().d)


# __set_name__ is not called for descriptors added after class creation
class Later:
    pass


desc = Data("late")
Later.x = desc
print(hasattr(desc, "name"))
desc.__set_name__(Later, "x")
print(Later().x)


# same descriptor under two names: __set_name__ called twice
shared = Data("S")


class Two:
    first = shared
    second = shared


print(shared.name)


# functions are non-data descriptors
def f(self, x):
    return ("f", x)


bound = f.__get__(m, Model)
print(bound(1), bound.__self__ is m)
print(f.__get__(None, Model) is f)


# a typed validating descriptor
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name + " not set") from None

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + " must be " + self.kind.__name__ + ", got " + type(value).__name__)
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        del obj.__dict__[self.name]


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age)
for attr, val in [("age", "old"), ("name", 5), ("age", 31)]:
    try:
        setattr(p, attr, val)
        print("set", attr, getattr(p, attr))
    except TypeError as e:
        print(type(e).__name__, e)
del p.age
try:
    p.age
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Person.age).__name__, Person.age.kind.__name__)


# descriptor inherited through the MRO, overridden in subclass
class Base:
    v = Data("base")


class Child(Base):
    pass


class Child2(Base):
    v = "plain"


c = Child()
c.v = 9
print(c.v, Child2().v)


# __get__ receiving the owner for class access through subclasses
class Owner:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)


class A:
    o = Owner()


class B(A):
    pass


print(A.o, B.o, B().o)


# descriptor errors in __set_name__ propagate
class BadName:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class Fails:
        attr = BadName()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__ if e.__cause__ else None)
