# __call__: instances as functions, argument passing, callable(), stateful callables.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x, *rest, scale=1, **kw):
        return (self.factor * x * scale, rest, sorted(kw.items()))


m = Multiplier(3)
print(m(2), m(2, 5, 6), m(x=4), m(1, scale=10, extra="e"))
print(callable(m), callable(Multiplier), callable(5), callable(print), callable(lambda: 0))
print(list(map(Multiplier(2), [1, 2])))
print(sorted([3, 1, 2], key=Multiplier(-1)))
try:
    m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m(1, bogus=2, scale=3, x=5)
except TypeError as e:
    print(type(e).__name__, e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(NotCallable()))


# __call__ looked up on the type, not the instance
class InstanceCall:
    pass


ic = InstanceCall()
ic.__call__ = lambda: "instance attr"
print(callable(ic), ic.__call__())
try:
    ic()
except TypeError as e:
    print(type(e).__name__, e)
InstanceCall.__call__ = lambda self: "class attr"
print(ic(), callable(ic))


# stateful memoising callable
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0

    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.misses, type(fib).__name__)


# callable object used as a method: not a descriptor, so no binding
class Adder:
    def __call__(self, *args):
        return len(args)


class Host:
    add = Adder()

    def real(self, *args):
        return len(args)


h = Host()
print(h.add(1, 2), h.real(1, 2))


# a callable that is a descriptor binds
class BindingCallable:
    def __call__(self, *args):
        return args

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self(obj, *a)


class Host2:
    f = BindingCallable()


h2 = Host2()
print(h2.f(1)[0] is h2, Host2.f(1))


# chain of __call__ returning callables
class Chain:
    def __init__(self, parts=()):
        self.parts = parts

    def __call__(self, part):
        return Chain(self.parts + (part,))

    def __repr__(self):
        return "/".join(self.parts)


print(Chain()("a")("b")("c"))


# __call__ on a subclass of a callable class, with super()
class Loud(Multiplier):
    def __call__(self, x, *rest, **kw):
        print("  calling with", x)
        return super().__call__(x, *rest, **kw)


print(Loud(2)(5))


# calling a class calls the metaclass __call__: type(cls).__call__
print(type(Multiplier).__call__(Multiplier, 7)(1))


# recursion through __call__
class Rec:
    def __call__(self, n):
        return 0 if n == 0 else 1 + self(n - 1)


print(Rec()(50))


# __call__ set to a non-callable
class BadCall:
    __call__ = 5


try:
    BadCall()()
except TypeError as e:
    print(type(e).__name__, e)
