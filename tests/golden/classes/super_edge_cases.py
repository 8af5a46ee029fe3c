# super(): two-argument forms, classmethods, properties through super, and its error messages.
class A:
    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"

    @property
    def prop(self):
        return "A.prop"

    @staticmethod
    def util():
        return "A.util"


class B(A):
    def who(self):
        return "B>" + super().who()

    @classmethod
    def make(cls):
        return "B>" + super().make()

    @property
    def prop(self):
        return "B>" + super().prop

    @staticmethod
    def util():
        return "B>" + super(B, B).util()


class C(B):
    def who(self):
        return "C>" + super().who()


c = C()
print(c.who(), C.make(), c.prop, C.util(), super(B, c).who(), super(C, C).make())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
for thunk in [lambda: super(C, 1), lambda: super(int, c), lambda: super(C, A), lambda: super(1, c)]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    super(A, c).who()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(B, c).missing
except AttributeError as e:
    print(type(e).__name__, e)


def outside():
    return super().who()


try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)


class D(A):
    def method(self):
        def inner():
            return super(D, self).who()
        return inner()

    def no_args_in_lambda(self):
        return (lambda: super(D, self).who())()


print(D().method(), D().no_args_in_lambda())
unbound = super(B)
print(type(unbound).__name__, unbound.__self__)


class E(A):
    def who(self):
        self = "rebound"
        return super().who()


try:
    E().who()
except TypeError as e:
    print(type(e).__name__, e)


class F(A):
    def set_on_super(self):
        super().x = 1


try:
    F().set_on_super()
except AttributeError as e:
    print(type(e).__name__, e)


class G(A):
    def __init__(self):
        super().__init__()
        self.ready = True

    def __repr__(self):
        return "G:" + super().__repr__()[:10]


print(G().ready, repr(G()))
