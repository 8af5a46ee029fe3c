# Chained comparisons evaluate each middle operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x < 3, 10 > x > 1, x == 5 == 5.0, 1 < 2 > 1)
print(1 < 3 < 2, 1 <= 1 <= 1, 3 > 2 > 1 > 0 > -1, 0 < 0 < 1)
print("a" < "b" < "c", "a" < "c" < "b", 1 == 1 != 2, 1 != 2 != 1)
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3), 1 < (2 == 2))
log = []

def v(n):
    log.append(n)
    return n

print(v(1) < v(2) < v(3), log)
log = []
print(v(1) < v(0) < v(3), log)
log = []
print(v(1) == v(1) == v(2) == v(3), log)
print(3 < 2 < "x")
try:
    print(1 < 2 < "x")
except TypeError as e:
    print(e)
a = [1]
b = a
c = [1]
print(a is b is not c, a == c is not None, a is b in [[1]])
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[2]])
print(None is None is None, None is not None)
lo, hi = 0, 100
for n in [-1, 0, 50, 100, 101]:
    print(n, lo <= n < hi, lo < n <= hi)
print(2 ** 63 > 2 ** 62 > -(2 ** 64) > -(2 ** 65))
print(0.1 + 0.2 > 0.3 > 0.1 + 0.1)
