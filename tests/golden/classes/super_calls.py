# super(): zero-argument and two-argument forms, __init__ chains, cooperative diamonds.
class Base:
    def __init__(self, name):
        self.name = name
        self.trail = ["Base"]

    def greet(self):
        return "hello from Base"

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def util():
        return "util"


class Derived(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
        self.trail.append("Derived")

    def greet(self):
        return super().greet() + " via Derived"

    @classmethod
    def create(cls, name):
        return cls(name.upper(), "made")

    def util_via_super(self):
        return super().util()


d = Derived("x", 5)
print(d.name, d.extra, d.trail)
print(d.greet())
print(Derived.create("abc").name, Derived.create("q").extra)
print(d.util_via_super())


# two-argument form
class Third(Derived):
    def greet(self):
        return "third: " + super(Derived, self).greet()


print(Third("t", 0).greet())
print(super(Third, Third("t", 0)).greet())


# cooperative diamond with **kwargs
class Root:
    def __init__(self, **kw):
        self.log = ["Root"]
        if kw:
            self.log.append("leftover " + str(sorted(kw)))

    def chain(self):
        return ["Root"]


class L(Root):
    def __init__(self, left=None, **kw):
        super().__init__(**kw)
        self.log.append("L:" + str(left))

    def chain(self):
        return ["L"] + super().chain()


class R(Root):
    def __init__(self, right=None, **kw):
        super().__init__(**kw)
        self.log.append("R:" + str(right))

    def chain(self):
        return ["R"] + super().chain()


class LR(L, R):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("LR")

    def chain(self):
        return ["LR"] + super().chain()


o = LR(left=1, right=2)
print(o.log, o.chain())
o = LR(left=1, right=2, other=3)
print(o.log)
print(super(L, o).chain(), super(R, o).chain(), super(LR, o).chain())


# super() in classmethods
class CA:
    @classmethod
    def ident(cls):
        return "CA:" + cls.__name__


class CB(CA):
    @classmethod
    def ident(cls):
        return "CB>" + super().ident()


class CC(CB):
    pass


print(CB.ident(), CC.ident(), CC().ident())
print(super(CB, CC).ident())


# super() object attributes
class P:
    x = "P.x"


class Q(P):
    x = "Q.x"

    def get(self):
        s = super()
        return s.x, type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__


print(Q().get())

# super attribute errors
class S1:
    pass


class S2(S1):
    def probe(self):
        return super().missing


try:
    S2().probe()
except AttributeError as e:
    print(type(e).__name__, e)


# super() with no arguments at module level / in function without class
def no_class():
    return super()


try:
    no_class()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    super(int, "s")
except TypeError as e:
    print(type(e).__name__, e)

try:
    super(Q, P())
except TypeError as e:
    print(type(e).__name__, e)


# super() still works when the method is stored under another name later
class M1:
    def f(self):
        return "M1"


class M2(M1):
    def f(self):
        return "M2+" + super().f()


g = M2.f


class M3(M2):
    pass


print(g(M3()))


# __class__ cell in methods
class Cell:
    def which(self):
        return __class__.__name__


class CellChild(Cell):
    pass


print(CellChild().which())

# super through object: __init__ with args rejects, __init_subclass__ etc
class Plain:
    def __init__(self, a):
        super().__init__()
        self.a = a


print(Plain(3).a)


class TooMany:
    def __init__(self, a):
        super().__init__(a)


try:
    TooMany(1)
except TypeError as e:
    print(type(e).__name__, e)

# setting attributes through super is not allowed
class SetVia(P):
    def attempt(self):
        super().x = 5


try:
    SetVia().attempt()
except AttributeError as e:
    print(type(e).__name__, e)
