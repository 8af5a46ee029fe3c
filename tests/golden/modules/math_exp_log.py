import math

for x in [0, 1, -1, 0.5, 10, -10, 100, 709, -745, 1e-10]:
    print(x, math.exp(x), math.expm1(x), math.exp2(x))
for x in [1, 2, 10, 0.5, 1e-300, 1e300, 2**1000, 10**500, 3**1000, 7, 1024, True]:
    print(math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(2**2000, 2), math.log(10**400, 10**200), math.log(5, 0.5))
print(math.log1p(0), math.log1p(1e-15), math.log1p(-0.5), math.log1p(10**10))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(4, -0.5), math.pow(0, 0))
print(math.pow(math.inf, 0), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-math.inf, 3), math.pow(-math.inf, -3))
print(math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf), math.pow(0.0, 3), math.pow(-0.0, 3))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2))
print(math.log(math.inf), math.exp(-math.inf), math.exp(math.inf), math.isnan(math.log(math.nan)))
