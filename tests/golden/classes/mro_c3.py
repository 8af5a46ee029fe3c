# C3 linearisation: __mro__, mro(), diamonds, and inconsistent hierarchies.
def names(cls):
    return [c.__name__ for c in cls.__mro__]


class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

print(names(Z))
print([c.__name__ for c in Z.mro()])
print(type(Z.__mro__).__name__, type(Z.mro()).__name__)
print(names(K1), names(K2), names(K3))


# diamond: method resolution picks the first in MRO
class Base:
    def who(self):
        return "Base"

    def only_base(self):
        return "only base"


class Left(Base):
    def who(self):
        return "Left"


class Right(Base):
    def who(self):
        return "Right"

    def right_only(self):
        return "right only"


class Bottom(Left, Right):
    pass


class Bottom2(Right, Left):
    pass


b = Bottom()
print(names(Bottom), b.who(), b.right_only(), b.only_base())
print(names(Bottom2), Bottom2().who())

# class attribute lookup follows the MRO too
Right.shared = "from Right"
print(Bottom.shared, b.shared)
Left.shared = "from Left"
print(Bottom.shared)
del Left.shared
print(Bottom.shared)

# inconsistent orders
cases = []


def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", names(cls))
    except TypeError as e:
        print(label, type(e).__name__, e)


class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass


def bad1():
    class Bad(XY, YX):
        pass
    return Bad


def bad2():
    class Bad(X, XY):
        pass
    return Bad


def good():
    class Good(XY, X):
        pass
    return Good


def dup():
    class Dup(X, X):
        pass
    return Dup


def obj_first():
    class OF(object, X):
        pass
    return OF


def obj_last():
    class OL(X, object):
        pass
    return OL


attempt("XY,YX", bad1)
attempt("X,XY", bad2)
attempt("XY,X", good)
attempt("X,X", dup)
attempt("object,X", obj_first)
attempt("X,object", obj_last)

# mro of builtins
print(names(bool), names(object), names(type))
print(object.__bases__, bool.__bases__, type.__bases__)


# mro() called on a class and its bound method form
print(Bottom.mro() == list(Bottom.__mro__), type.mro(Bottom) == Bottom.mro())

# non-class base
try:
    class NotAClass(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NotAClass2("str"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
