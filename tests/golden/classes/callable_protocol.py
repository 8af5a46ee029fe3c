# __call__ lookup: on the type only, inherited, replaced later, non-callable values, callable().
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)


add3 = Adder(3)
print(add3(1), add3(1, twice=True), callable(add3), callable(Adder), list(map(add3, [1, 2])))
try:
    add3()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add3(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class NotCallable:
    pass


nc = NotCallable()
nc.__call__ = lambda: "instance attribute"
print(callable(nc), nc.__call__())
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)
NotCallable.__call__ = lambda self: "added to the class later"
print(callable(nc), nc())
del NotCallable.__call__
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)


class CallIsData:
    __call__ = 5


try:
    CallIsData()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(CallIsData()))


class CallIsNone:
    __call__ = None


try:
    CallIsNone()()
except TypeError as e:
    print(type(e).__name__, e)


class Chain:
    def __init__(self, depth=0):
        self.depth = depth

    def __call__(self):
        return Chain(self.depth + 1)


print(Chain()()()().depth)


class Base:
    def __call__(self, *args):
        return ("Base", type(self).__name__, args)


class Derived(Base):
    pass


class Override(Base):
    def __call__(self, *args):
        return ("Override", super().__call__(*args))


print(Derived()(1), Override()(2))


class StaticCall:
    @staticmethod
    def __call__(x):
        return ("static", x)


class ClassCall:
    @classmethod
    def __call__(cls, x):
        return ("classmethod", cls.__name__, x)


print(StaticCall()(1), ClassCall()(2))
for obj in [1, "s", None, [], print, int, lambda: 0, Adder, add3.__call__]:
    print(type(obj).__name__, callable(obj))
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "text"(1)
except TypeError as e:
    print(type(e).__name__, e)
