# Signed zeros, NaN and infinities flowing through chains of float operators whose
# intermediate results (and float locals) compiled code keeps unboxed.
import math


def chain(a, b):
    t = a * b + a - b
    u = -t * 2.0 - 0.0
    return t, u, -u, u * -1.0


def zeros():
    z = 0.0
    nz = -z
    print(repr(nz), repr(-nz), repr(nz + 0.0), repr(nz - 0.0), repr(nz * 5), repr(-0.0 * -0.0))
    print(math.copysign(1.0, nz * 3.0), math.copysign(1.0, z / -7.0), math.copysign(1.0, -(z * 1)))
    acc = -0.0
    for i in range(3):
        acc = acc * 1.0
        acc = -acc
    print(repr(acc), acc == 0.0, acc < 0.0, acc is acc)
    print(chain(0.0, -0.0), chain(-0.0, -0.0))


def nans():
    inf = 1e308 * 10.0
    n = inf - inf
    print(repr(inf), repr(-inf), repr(n), repr(-n), n != n, n == n, n < 1.0, n >= 1.0)
    x = n * 0.0 + 1.0
    print(repr(x), x != x, x > x, x <= x)
    s = 0.0
    k = 0
    while k < 4:
        s += n if k == 2 else 1.5
        k += 1
    print(repr(s), s != s, math.isnan(s))
    print(repr(inf * 0.0), repr(inf / inf), repr(-inf * -inf), repr(inf + -inf), repr(1.0 / inf), repr(-1.0 / inf))
    big = 1.7976931348623157e308
    print(repr(big * 2.0 - big), repr(big + big), repr(-big - big), repr(big * 2.0 / 2.0))
    tiny = 5e-324
    print(repr(tiny / 2.0), repr(-tiny / 2.0), repr(tiny * 0.5 * 2.0), repr(tiny - tiny))
    print(chain(inf, 1.0), chain(n, 2.0)[0] != chain(n, 2.0)[0])


def compare_chains():
    a, b = 0.1, 0.2
    print(a + b == 0.3, a + b > 0.3, 0.3 < a + b < 0.31, a * 3 == 0.30000000000000004)
    nz = -0.0
    print(nz * 2.0 == 0.0, -(nz * 2.0) > 0.0, nz * 2.0 is not None)


zeros()
nans()
compare_chains()
