import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([1 / 7, 2 / 7, 4 / 7]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([math.inf, 1]), math.fsum([-math.inf, -1.0]), math.isnan(math.fsum([math.nan, 1])))
print(math.fsum([2.0**53, 1.0, 2.0**-53]), math.fsum([1.1, 2.2, 3.3, -6.6]))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2.5, 4]), math.prod([2, 3], start=10))
print(math.prod(["ab", 3]) if False else math.prod([3, "ab"]), math.prod([1, 2], start=0.5))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3), math.hypot(1e308, 1e308))
print(math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0.1, 0.2, 0.3, 0.4))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()), math.dist((1.5,), (-2,)))
print(math.dist(iter([1, 1]), (2, 2)))
