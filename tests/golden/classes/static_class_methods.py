# staticmethod and classmethod: binding, inheritance, alternative constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def show(self):
        return type(self).__name__ + "(" + str(self.y) + "," + str(self.m) + "," + str(self.d) + ")"


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29").show())
print(MyDate.from_string("2023-1-2").show())
print(MyDate(1, 1, 1).from_string("5-6-7").show())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(3))

# raw objects in the class __dict__
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__ is Date.is_leap, cm.__func__ is Date.from_string.__func__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(sm(2004))  # staticmethod objects are callable in 3.10+
print(cm.__get__(None, MyDate)("1-2-3").show())
print(cm.__get__(MyDate(0, 0, 0)).__self__ is MyDate)


# constructed explicitly
def plain(*args):
    return args


class Holder:
    s = staticmethod(plain)
    c = classmethod(plain)
    f = plain


h = Holder()
print(h.s(1), Holder.s(1))
print(h.c(1)[0] is Holder, Holder.c(1)[1:])
print(h.f(1)[0] is h, Holder.f(1))


# staticmethod and classmethod wrap their __doc__ / __name__
class W:
    @staticmethod
    def st():
        "static doc"

    @classmethod
    def cl(cls):
        "class doc"


print(W.st.__doc__, W.cl.__doc__, W.st.__name__, W.cl.__name__)
print(W.__dict__["st"].__wrapped__.__name__, W.__dict__["cl"].__wrapped__.__name__)


# overriding a classmethod with a classmethod that calls super
class Counted:
    created = 0

    @classmethod
    def make(cls):
        cls.created += 1
        return cls()


class Sub(Counted):
    @classmethod
    def make(cls):
        obj = super().make()
        obj.tag = "sub"
        return obj


Sub.make()
Sub.make()
Counted.make()
print(Counted.created, Sub.created, Sub.make().tag)

# classmethod on instance of subclass binds to the subclass
class Tag:
    @classmethod
    def name(cls):
        return cls.__name__


class TagB(Tag):
    pass


print(Tag.name(), TagB.name(), TagB().name(), Tag().name())

# calling errors
try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.from_string()
except TypeError as e:
    print(type(e).__name__, e)

# staticmethod of a non-callable is allowed until called
odd = staticmethod(5)
try:
    odd()
except TypeError as e:
    print(type(e).__name__, e)


# classmethod accessed through an instance stored as attribute
class Reg:
    items = []

    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls


adder = Reg().add
adder(1)
adder(2)
print(Reg.items, adder.__self__ is Reg, adder.__func__.__name__)
