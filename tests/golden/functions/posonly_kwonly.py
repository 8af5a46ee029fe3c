# Positional-only (/) and keyword-only (*) parameters.
def pos(a, b, /, c):
    return (a, b, c)

print(pos(1, 2, 3), pos(1, 2, c=3))

def kw(a, *, b, c=3):
    return (a, b, c)

print(kw(1, b=2), kw(a=1, b=2, c=4), kw(1, c=0, b=9))

def both(a, /, b, *, c):
    return a + b + c

print(both(1, 2, c=3), both(1, b=2, c=3))

def pos_default(a, b=20, /):
    return a + b

print(pos_default(1), pos_default(1, 2))

def posonly_and_kwargs(a, /, **kw):
    return a, kw

print(posonly_and_kwargs(1, a=2, b=3))
attempts = [
    lambda: pos(a=1, b=2, c=3),
    lambda: pos(1, b=2, c=3),
    lambda: pos(1, 2),
    lambda: kw(1, 2),
    lambda: kw(1),
    lambda: kw(1, c=1),
    lambda: both(1, 2, 3),
    lambda: both(a=1, b=2, c=3),
    lambda: both(1, 2),
    lambda: pos_default(),
    lambda: pos_default(1, 2, 3),
    lambda: pos_default(b=1),
    lambda: posonly_and_kwargs(a=5),
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)

def many_kw(*, x, y, z):
    return x + y + z

try:
    many_kw()
except TypeError as e:
    print(e)
try:
    many_kw(y=1)
except TypeError as e:
    print(e)
