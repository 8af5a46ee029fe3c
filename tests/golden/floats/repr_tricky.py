# repr/str of floats that are hard to round-trip.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
        0.00001234, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
        4.35, 2.675, 1.1 * 1.1, 100.0, -0.0, 1e22, 1e23, 0.3 - 0.1, 3.0 * 1.1, 2 ** 0.5, 10.0 ** 15, 10.0 ** 16]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
acc = 0.0
for i in range(10):
    acc += 0.1
print(acc, acc == 1.0, float(str(acc)) == acc)
x = 1.0
n = 0
while x + 1.0 != x:
    x *= 2.0
    n += 1
print(n, x, x + 1.0, x - 1.0)
tiny = 1.0
k = 0
while tiny / 2 > 0:
    tiny /= 2
    k += 1
print(k, tiny, tiny / 2, -tiny)
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10)
print([0.1, -0.0, 1e100], (1.5,), {2.5: 1e-7})
print(float("1e500"), float("-1e500"), float("1e-500"), float("  -0.000  "))
print(str(1e16 + 1), 1e16 + 2, 0.1 * 3, 1 - 0.9)
