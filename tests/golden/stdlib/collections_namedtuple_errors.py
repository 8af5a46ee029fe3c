# namedtuple: validation of names, and argument errors of the generated methods.
from collections import namedtuple

def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: namedtuple("P", "x class"))
attempt(lambda: namedtuple("P", "x 1y"))
attempt(lambda: namedtuple("P", "x _y"))
attempt(lambda: namedtuple("P", "x y x"))
attempt(lambda: namedtuple("def", "x"))
attempt(lambda: namedtuple("P-Q", "x"))
attempt(lambda: namedtuple("P", "a b", defaults=[1, 2, 3]))
attempt(lambda: namedtuple("P", [1, 2]))

P = namedtuple("P", "x y z", defaults=[3])
attempt(lambda: P())
attempt(lambda: P(1))
attempt(lambda: P(1, 2, 3, 4))
attempt(lambda: P(1, 2, x=3))
attempt(lambda: P(1, 2, w=3))
attempt(lambda: P._make([1]))
attempt(lambda: P(1, 2)._replace(q=1, r=2))
Q = namedtuple("Q", "a b c")
attempt(lambda: Q())
attempt(lambda: Q(1, 2, 3, 4))
attempt(lambda: namedtuple("O", "a")(1, 2))
attempt(lambda: namedtuple("Z", "")(1))
p = P(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
