# Division by zero in the middle of float chains: the exception, its message, and the
# values of the float locals it interrupted.


def step(a, b):
    t = a * 2.0
    u = t / (b - b) + 1.0
    return u


def run():
    for a, b in [(1.0, 2.0), (0.0, 0.5), (-1.0, 3), (2, 2.0)]:
        try:
            print(step(a, b))
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
    total = 0.0
    good = 0
    for k in range(-3, 4):
        try:
            total += 10.0 / (k * 0.5) + 1.0
            good += 1
        except ZeroDivisionError as e:
            print("k =", k, e, repr(total))
    print(repr(total), good)
    x = 3.5
    for d in [2, 0, 0.0, -0.0, 1e-320]:
        try:
            x = x / d * 1.0
        except ZeroDivisionError as e:
            print(type(e).__name__, e, repr(x))
    print(repr(x))
    for expr in (lambda: 1 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: -2.5 / -0.0, lambda: 0.0 / 0):
        try:
            print(expr())
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
    z = 0.0
    try:
        w = (z * 5.0 - z) / (z + z)
        print(w)
    except ZeroDivisionError as e:
        print("w", e, repr(z))


run()
