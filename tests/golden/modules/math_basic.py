import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))
for x in [0, 1, 2, 4, 10, 2.25, 1e-300, 1e300, 123456789]:
    print(x, math.sqrt(x))
print(math.sqrt(True), math.sqrt(10**20))
for x in [2.5, -2.5, 3.0, -0.0, 1e20, -1e20, 0.9999999999999999, 7, -7, True, 2**70]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(1e308) == int(1e308))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(2.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, math.nan))
