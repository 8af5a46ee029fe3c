# Mixed int, bool and float operands in chains: small ints convert exactly where CPython
# converts them, bools are ints, negation of ints at the edge of the immediate range, and
# results whose type depends on the operands (int // int stays int, int / int is a float).


def mix(i, f):
    a = i + f * 2
    b = i * i - f
    c = a / b if b else -1.0
    d = -i + f
    return a, b, c, d, type(a).__name__, type(d).__name__


def run():
    for i in [0, 1, -3, 7, True, False]:
        print(i, mix(i, 0.5))
    for f in [2, 2.0, True]:
        x = f * 1.25 - f
        print(repr(x), type(x).__name__)
    big = 2 ** 62
    print(-(-big), type(-(-big)).__name__, -(big - 1), -(-(big - 1)) == big - 1)
    m = -(2 ** 62)
    print(-m, -m - 1, m * 1.0, m * 1.0 == m)
    print(2 ** 53 + 1.0, 2 ** 53 + 1 + 0.0, 9007199254740993 * 1.0, (2 ** 62 - 1) * 1.0)
    print(-True, -False, -(True * 2.5), True / 2, True + True * 0.5)
    total = 0
    for k in range(10):
        total = total + k * 0.5 if k % 3 else total - k
    print(total, type(total).__name__)
    n = 7
    q = n / 2
    r = n // 2
    print(q, r, type(q).__name__, type(r).__name__, n / 7 * 7, -n / 2, -(n / 2))
    h = 1.0 / 3
    acc = 0
    for k in range(1, 6):
        acc += k * h
        acc -= k // 2
    print(repr(acc))


run()
