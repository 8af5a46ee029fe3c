import math

for x in [1, 2, 3, 5, 10, 23, 24, 0.5, 1.5, 2.5, -0.5, -1.5, 0.1, 7.3, 100.5, 170.5, -170.5, 1e-25, -1e-25, 150.25, -150.25]:
    print(x, math.gamma(x), math.lgamma(x))
print(math.lgamma(1e300), math.lgamma(-2.5), math.gamma(math.inf), math.lgamma(-math.inf))
for x in [0, -1, -2, -math.inf, 172, 1e10]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
