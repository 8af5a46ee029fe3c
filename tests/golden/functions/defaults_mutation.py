# __defaults__ and __kwdefaults__ are live, writable tuples/dicts consulted at each call.
def f(a, b=2, c=3, *, d=4, e=5):
    return (a, b, c, d, e)


print(f.__defaults__, f.__kwdefaults__, f(1))
f.__defaults__ = (20, 30)
f.__kwdefaults__ = {"d": 40, "e": 50}
print(f(1), f(1, 2))
f.__defaults__ = (99,)
print(f(1))
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
print(f(1, 2, 3))
f.__kwdefaults__ = {"d": "only d"}
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(f(1, 2, 3, e="given"))
f.__kwdefaults__ = None
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
for bad in [[1, 2], 5, "ab"]:
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [[("d", 1)], 5]:
    try:
        f.__kwdefaults__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
del f.__defaults__
print(f.__defaults__)


def g(x, items=[]):
    items.append(x)
    return items


print(g(1), g(2), g.__defaults__)
g.__defaults__[0].clear()
print(g(3), g.__defaults__)
g.__defaults__ = ([],)
print(g(4), g(5))


def no_defaults(a, *, b):
    return a, b


print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
no_defaults.__kwdefaults__ = {"b": "now optional"}
print(no_defaults(1))
no_defaults.__defaults__ = ("a-default",)
print(no_defaults())


def counter(n=0):
    counter.__defaults__ = (n + 1,)
    return n


print([counter() for _ in range(4)], counter.__defaults__)


class K:
    def m(self, x=1):
        return x


K.m.__defaults__ = (10,)
print(K().m(), K.m(K()))
lam = lambda p, q=1: (p, q)
lam.__defaults__ = (7,)
print(lam(0), (lambda *, z=1: z).__kwdefaults__)
