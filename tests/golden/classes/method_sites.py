# Method call sites hit inline: the same site over several classes, a method rebound on the
# class mid-loop, an instance attribute shadowing the method, a method that rebinds itself
# while running, keyword arguments, wrong argument counts and staticmethods.


class A:
    def f(self, x):
        return ("A", x)

    def g(self, x, y=10):
        return x + y


class B(A):
    def f(self, x):
        return ("B", x)


class C:
    def f(self, x):
        return ("C", x * 2)


def call_f(o, x):
    return o.f(x)


objs = [A(), B(), C(), A()]
for i in range(3):
    print([call_f(o, i) for o in objs])


def new_f(self, x):
    return ("new", x)


out = []
for i in range(4):
    if i == 2:
        A.f = new_f
    out.append(call_f(objs[0], i))
    out.append(call_f(objs[1], i))
print(out)

# Shadowed by an instance attribute, then unshadowed.
a = objs[3]
a.f = lambda x: ("inst", x)
print(call_f(a, 1), call_f(objs[0], 1))
del a.f
print(call_f(a, 2))


# A method that replaces itself on the class while it runs.
class Self:
    def m(self):
        Self.m = lambda s: "second"
        return "first"


s = Self()
print([s.m() for _ in range(3)])


# Keywords, defaults, wrong counts.
def call_g(o):
    return o.g(1), o.g(1, 2), o.g(x=3), o.g(1, y=5)


print(call_g(A()))
for args in [(), (1, 2, 3)]:
    try:
        A().g(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    A().f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A().f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class St:
    @staticmethod
    def f(x):
        return ("static", x)

    @classmethod
    def h(cls, x):
        return (cls.__name__, x)


print(call_f(St(), 5), St().h(1))


# An exception from inside a method hit inline propagates with its traceback line.
class Boom:
    def f(self, x):
        return 1 // x


b = Boom()
for x in (1, 0):
    try:
        print(call_f(b, x))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

# Deep recursion through a method call site.
class R:
    def down(self, n):
        return 0 if n == 0 else 1 + self.down(n - 1)


print(R().down(500))
try:
    R().down(5000)
except RecursionError as e:
    print(type(e).__name__)
