# C3 MRO in practice: diamonds, cooperative super() chains, mro() overrides, inconsistent orders.
trail = []


class Base:
    def setup(self):
        trail.append("Base")


class Left(Base):
    def setup(self):
        trail.append("Left")
        super().setup()


class Right(Base):
    def setup(self):
        trail.append("Right")
        super().setup()


class Bottom(Left, Right):
    def setup(self):
        trail.append("Bottom")
        super().setup()


Bottom().setup()
print(trail, [c.__name__ for c in Bottom.__mro__], Bottom.mro() == list(Bottom.__mro__))
trail.clear()
super(Left, Bottom()).setup()
print(trail)


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass


print([c.__name__ for c in Top.__mro__])
for bases in [(X, K1), (K1, K2, X, Y, Z, object, Z)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Flipped(K1, type("YX", (Y, X), {})):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Mixin:
    def describe(self):
        return "Mixin+" + super().describe()


class Core:
    def describe(self):
        return "Core"


class Final(Mixin, Core):
    pass


print(Final().describe())
try:
    Mixin().describe()
except AttributeError as e:
    print(type(e).__name__, e)
print(Final.__bases__, Final.__base__.__name__, bool.__mro__, Bottom.__base__.__name__)
print([c.__name__ for c in type("Deep", (Bottom, K1), {}).__mro__])
