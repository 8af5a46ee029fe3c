# Infinite recursion in __getattribute__/__getattr__/__setattr__ is a RecursionError, recoverable.
class Bad:
    def __getattribute__(self, name):
        return self.__dict__[name]


try:
    Bad().x
except RecursionError as e:
    print(type(e).__name__, "in __getattribute__")


class BadGetattr:
    def __getattr__(self, name):
        return self.missing_too


try:
    BadGetattr().anything
except RecursionError as e:
    print(type(e).__name__, "in __getattr__")


class BadSetattr:
    def __setattr__(self, name, value):
        self.name = value


try:
    BadSetattr().x = 1
except RecursionError as e:
    print(type(e).__name__, "in __setattr__")


class Lazy:
    def __init__(self):
        self._data = {"a": 1}

    def __getattr__(self, name):
        # Reading self._data before __init__ ran would recurse forever.
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name) from None


print(Lazy().a)
uninit = Lazy.__new__(Lazy)
try:
    uninit.a
except RecursionError:
    print("RecursionError on an uninitialised instance")


class Good:
    def __getattribute__(self, name):
        d = object.__getattribute__(self, "__dict__")
        if name in d:
            return d[name] * 2
        return object.__getattribute__(self, name)


g = Good()
g.v = 21
print(g.v, g.__class__.__name__)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("recursion still works afterwards:", depth(200))


class Deep:
    def __init__(self, n):
        self.n = n

    def __getattr__(self, name):
        if self.n == 0:
            return "bottom"
        return getattr(Deep(self.n - 1), name)


print(Deep(50).thing)
try:
    Deep(5000).thing
except RecursionError:
    print("RecursionError for deep delegation")
print(Deep(10).other)
