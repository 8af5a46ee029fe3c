# type() with one and three arguments: dynamic class creation.
print(type(1).__name__, type("s") is str, type(type), type(None).__name__)


def speak(self):
    return self.sound + "!"


Dog = type("Dog", (), {"sound": "woof", "speak": speak, "__doc__": "A dog."})
d = Dog()
print(Dog.__name__, Dog.__qualname__, Dog.__doc__, Dog.__bases__, d.speak())
print(Dog.__module__)
print(isinstance(d, Dog), type(d) is Dog, [c.__name__ for c in Dog.__mro__])

Puppy = type("Puppy", (Dog,), {"sound": "yip", "__init__": lambda self, n: setattr(self, "n", n)})
p = Puppy(3)
print(p.speak(), p.n, issubclass(Puppy, Dog), Puppy.__base__ is Dog)

# namespace is copied: later changes to the dict do not affect the class
ns = {"a": 1}
C = type("C", (), ns)
ns["a"] = 2
ns["b"] = 3
print(C.a, hasattr(C, "b"))
print(type(C.__dict__).__name__, C.__dict__["a"])

# the class __dict__ is read-only through the mappingproxy
try:
    C.__dict__["a"] = 5
except TypeError as e:
    print(type(e).__name__, e)
C.a = 10
print(C.__dict__["a"], "a" in C.__dict__, len([k for k in C.__dict__ if not k.startswith("__")]))

# special entries in the namespace
Q = type("Q", (), {"__qualname__": "Outer.Q", "__slots__": ("v",)})
print(Q.__qualname__, Q.__slots__)
q = Q()
try:
    q.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

# errors
for label, args in [("wrong arg count", ("X", ())),
                    ("name not str", (5, (), {})),
                    ("bases not tuple", ("X", [object], {})),
                    ("dict not dict", ("X", (), [])),
                    ("base not a type", ("X", (5,), {})),
                    ("final base", ("X", (bool,), {})),
                    ("bad qualname", ("X", (), {"__qualname__": 3}))]:
    try:
        type(*args)
        print(label, "ok")
    except TypeError as e:
        print(label, type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)


# type() with keyword arguments is passed to __init_subclass__
class Base:
    def __init_subclass__(cls, flavour=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavour = flavour


T = type("T", (Base,), {}, flavour="mint")
print(T.flavour)

# empty bases means (object,)
E = type("E", (), {})
print(E.__bases__, E.__base__)

# methods defined with closures referencing the class
def make_counter_class(start):
    def __init__(self):
        self.n = start

    def inc(self):
        self.n += 1
        return self

    def __repr__(self):
        return type(self).__name__ + "[" + str(self.n) + "]"

    return type("Counter" + str(start), (), {"__init__": __init__, "inc": inc, "__repr__": __repr__})


K5 = make_counter_class(5)
print(K5().inc().inc(), K5.__name__)

# dunder methods given in the namespace dispatch operators
Vec = type("Vec", (), {
    "__init__": lambda self, x: setattr(self, "x", x),
    "__add__": lambda self, o: Vec(self.x + o.x),
    "__eq__": lambda self, o: self.x == o.x,
    "__repr__": lambda self: "Vec(" + str(self.x) + ")",
    "__len__": lambda self: abs(self.x),
})
print(Vec(1) + Vec(2), Vec(3) == Vec(3), len(Vec(-4)), bool(Vec(0)), Vec.__hash__)

# type.__new__ / type.__init__ called directly
X = type.__new__(type, "X", (), {"v": 1})
print(X.__name__, X.v, type(X).__name__)
