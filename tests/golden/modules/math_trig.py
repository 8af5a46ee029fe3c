import math

xs = [0, 0.5, 1, -1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2, 10, 1e-8, 100.25]
for x in xs:
    print(x, math.sin(x), math.cos(x), math.tan(x))
for x in [0, 0.5, -0.5, 1, -1, 0.999]:
    print(x, math.asin(x), math.acos(x), math.atan(x))
for x in [0, 0.5, 1, 2, -3, 20, 300]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in [1, 1.5, 10, 1e10]:
    print(x, math.acosh(x))
for x in [0, 0.5, -0.9, 0.99999]:
    print(x, math.atanh(x))
for y, x in [(1, 1), (1, -1), (-1, -1), (0, -1), (-0.0, -1), (0, 0), (1, 0), (math.inf, math.inf), (3, 4)]:
    print(y, x, math.atan2(y, x))
print(math.tan(math.inf) if False else "skip", math.atan(math.inf), math.tanh(math.inf))
print(math.erf(0), math.erf(1), math.erf(-0.5), math.erfc(0), math.erfc(2), math.erfc(-1))
