# An instance attribute hides a method of its class: cached call and load sites must notice.


class Greeter:
    kind = "class attr"

    def hello(self):
        return "method hello"


def call_hello(o):
    return o.hello()


def load_kind(o):
    return o.kind


a = Greeter()
b = Greeter()
print(call_hello(a), call_hello(b))
print(load_kind(a), load_kind(b))

# Monkeypatch one instance.
a.hello = lambda: "instance hello"
print(call_hello(a), call_hello(b))
a.kind = "instance attr"
print(load_kind(a), load_kind(b))

# Remove the instance attribute: the method shows again.
del a.hello
del a.kind
print(call_hello(a), call_hello(b))
print(load_kind(a), load_kind(b))


# Writes through __dict__ and vars().
class Plain:
    def m(self):
        return "method"


def call_m(o):
    return o.m()


p = Plain()
q = Plain()
print(call_m(p), call_m(q))
p.__dict__["m"] = lambda: "via __dict__"
print(call_m(p), call_m(q))
vars(q)["m"] = lambda: "via vars"
print(call_m(p), call_m(q))
p.__dict__.clear()
print(call_m(p), call_m(q))

# Replace the whole instance dict.
r = Plain()
print(call_m(r))
r.__dict__ = {"m": lambda: "new dict"}
print(call_m(r))
r.__dict__ = {}
print(call_m(r))


# A class attribute added after instances already hold the name.
class Late:
    pass


x = Late()
x.f = lambda: "instance f"
print(x.f())
Late.f = lambda self: "class f"
print(x.f())
y = Late()
print(y.f())
del x.f
print(x.f())


# setattr/getattr builtins with computed names.
class Dyn:
    def name(self):
        return "method name"


d = Dyn()
attr = "".join(["na", "me"])
setattr(d, attr, lambda: "computed")
print(call_m.__name__, d.name())
delattr(d, attr)
print(d.name())
print(getattr(d, attr)())

# Inherited class attributes shadowed in a subclass instance.


class P:
    def who(self):
        return "P.who"


class Q(P):
    pass


def call_who(o):
    return o.who()


objs = [P(), Q(), Q()]
objs[2].who = lambda: "instance who"
print([call_who(o) for o in objs])
Q.who = lambda self: "Q.who"
print([call_who(o) for o in objs])
