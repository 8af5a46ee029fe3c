# Defaults are evaluated once, at def time; mutable defaults persist.
calls = []

def note(x):
    calls.append(x)
    return x

def f(a=note(1), b=note(2), *, c=note(3)):
    return a, b, c

print(calls)
print(f(), f(10), f(c=30))
print(calls)

def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket

print(append_to(1), append_to(2))
print(append_to(3, []), append_to(4))

def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]

print(counter(), counter(), counter({}), counter())

n = 5
def uses_n(x=n):
    return x
n = 6
print(uses_n(), n)

def make(k):
    def inner(v=k * 2):
        return v
    return inner

g1 = make(1)
g2 = make(10)
print(g1(), g2(), g1(0))

x = 1
def lam_defaults():
    return (lambda a=x, b=x + 1: a + b)()
print(lam_defaults())
x = 100
print(lam_defaults())

def kw_only_default(*, flag=True, level=len("abc")):
    return flag, level
print(kw_only_default(), kw_only_default(level=0))
