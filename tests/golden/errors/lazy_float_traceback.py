# An uncaught ZeroDivisionError raised in the middle of an unboxed float chain, two frames
# deep: CPython's traceback and exit status.


def inner(a, b):
    t = a * 2.0 + b
    return t / (a - a) * 3.0


def outer(n):
    s = 0.0
    for k in range(n):
        s = s + inner(k * 0.5 + 1.0, 2.0)
    return s


print("start")
print(outer(3))
