# Exact CPython messages for argument-binding failures.
def zero():
    return 0

def one(a):
    return a

def two(a, b):
    return a + b

def three(a, b, c):
    return a

def opt(a, b=1):
    return a

def star(a, *args):
    return a

def kwo(a, *, k, m):
    return a

def outer():
    def inner(x):
        return x
    return inner

inner = outer()
cases = [
    ("zero(1)", lambda: zero(1)),
    ("zero(x=1)", lambda: zero(x=1)),
    ("one()", lambda: one()),
    ("one(1, 2)", lambda: one(1, 2)),
    ("two(1)", lambda: two(1)),
    ("two()", lambda: two()),
    ("two(1, 2, 3)", lambda: two(1, 2, 3)),
    ("three()", lambda: three()),
    ("three(1)", lambda: three(1)),
    ("three(c=1)", lambda: three(c=1)),
    ("opt()", lambda: opt()),
    ("opt(1, 2, 3)", lambda: opt(1, 2, 3)),
    ("opt(1, 2, 3, 4)", lambda: opt(1, 2, 3, 4)),
    ("two(1, z=2)", lambda: two(1, z=2)),
    ("two(1, a=2)", lambda: two(1, a=2)),
    ("star()", lambda: star()),
    ("star(1, a=2)", lambda: star(1, a=2)),
    ("kwo(1)", lambda: kwo(1)),
    ("kwo(1, k=2)", lambda: kwo(1, k=2)),
    ("kwo(1, 2, k=3, m=4)", lambda: kwo(1, 2, k=3, m=4)),
    ("kwo(1, 2, 3)", lambda: kwo(1, 2, 3)),
    ("inner()", lambda: inner()),
    ("inner(1, 2)", lambda: inner(1, 2)),
    ("inner(y=1)", lambda: inner(y=1)),
    ("(lambda a, b: 0)(1)", lambda: (lambda a, b: 0)(1)),
]
for text, call in cases:
    try:
        call()
        print(text, "ok")
    except TypeError as e:
        print(text, "->", e)
print(one(a=5), two(b=1, a=2), opt(a=0, b=9), kwo(0, m=1, k=2))
