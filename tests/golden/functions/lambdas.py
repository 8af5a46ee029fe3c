# Lambda expressions: defaults, closures, immediate calls and errors.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), add(b=5, a=5))
print((lambda: "no args")(), (lambda *a: len(a))(1, 2, 3), (lambda **k: k)(x=1))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda n: n + 1
print(compose(square, inc)(4), compose(inc, square)(4))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(3, sym, 4, "=", ops[sym](3, 4))
fns = []
for i in range(3):
    fns.append(lambda x, i=i: x + i)
for f in fns:
    print(f(100), end=" ")
print()
late = []
for i in range(3):
    late.append(lambda x: x + i)
for f in late:
    print(f(100), end=" ")
print()
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
cond = lambda v: "pos" if v > 0 else ("neg" if v < 0 else "zero")
print(cond(5), cond(-5), cond(0))
print(type(square).__name__, type(square) is type(add))
nested = lambda a: (lambda b: (lambda c: a + b + c))
print(nested(1)(20)(300))
try:
    square()
except TypeError as e:
    print(e)
try:
    add(1, 2, 3)
except TypeError as e:
    print(e)
try:
    (lambda: 0)(x=1)
except TypeError as e:
    print(e)
