import math

for x, y in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (-0.0, 1), (1, math.inf), (-2, -math.inf), (1e300, 1e-300)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y))
for x in [3.5, -3.5, 0.0, -0.0, 1e300, 7, -2.0, math.inf, -math.inf]:
    print(x, math.modf(x))
print(math.modf(math.nan))
for x in [0, 1, -1, 0.5, 8, 1e-310, 3.75, -1e300, math.inf]:
    print(x, math.frexp(x))
for x, i in [(0.5, 1), (1, 1023), (1, -1074), (1, -1075), (0.75, 3), (-1.5, 10), (3, 0), (1, -10**20), (0.0, 10**20)]:
    print(x, i, math.ldexp(x, i))
for a, b in [(1, 1), (1, 1 + 1e-10), (1, 1.0001), (0, 1e-10), (math.inf, math.inf), (math.inf, 1e308), (math.nan, math.nan)]:
    print(a, b, math.isclose(a, b))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(0, 0.001, abs_tol=0.01), math.isclose(1, 1.1, rel_tol=0.05))
for x in [0, 1.5, math.inf, -math.inf, math.nan, 10**400]:
    print(math.isfinite(x) if x != 10**400 else "big", math.isinf(x) if x != 10**400 else "-", math.isnan(x) if x != 10**400 else "-")
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(2, 2), math.nextafter(1, 2, steps=3))
print(math.ulp(1), math.ulp(0), math.ulp(1e300), math.ulp(-2.5), math.ulp(math.inf), math.ulp(5e-324), math.ulp(1.7976931348623157e308))
