# Mixing positional and keyword arguments.
def describe(a, b, c=0, d=0):
    print("a", a, "b", b, "c", c, "d", d)

describe(1, 2)
describe(1, 2, 3, 4)
describe(1, b=2)
describe(b=2, a=1)
describe(1, 2, d=4)
describe(d=4, c=3, b=2, a=1)
describe(1, c=3, b=2)

def box(width, height=1, *, fill="#"):
    row = fill * width
    i = 0
    while i < height:
        print(row)
        i += 1

box(3)
box(2, 2, fill="*")
box(height=2, width=4)

def kw_only_defaults(*, x=1, y):
    return x * 10 + y

print(kw_only_defaults(y=5), kw_only_defaults(y=2, x=7))

def order(first, second):
    return first + "-" + second

print(order("a", "b"), order(second="a", first="b"), order("x", second="y"))
tests = [
    lambda: describe(1),
    lambda: describe(1, 2, 3, 4, 5),
    lambda: describe(1, 2, e=5),
    lambda: describe(1, a=1, b=2),
    lambda: box(fill="x"),
    lambda: box(1, 1, "x"),
    lambda: kw_only_defaults(),
    lambda: kw_only_defaults(1, y=2),
    lambda: order("a", first="b"),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
