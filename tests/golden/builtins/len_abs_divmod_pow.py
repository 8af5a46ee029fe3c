# len, abs, divmod and pow on various inputs.
print(len(""), len("abc"), len("日本"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(range(10)), len(range(3, 30, 4)), len(range(10, 0)))
print(len("a" * 1000), len([0] * 50), len((1, 2) * 3))
s = "x"
for i in range(5):
    s += s
print(len(s))
print(abs(-5), abs(5), abs(-5.5), abs(0.0), abs(-0.0), abs(-(2 ** 80)), abs(False))
print(abs(float("-inf")), abs(float("nan")), abs(-1e-320))
print(divmod(20, 6), divmod(-20, 6), divmod(20, -6), divmod(-20, -6))
print(divmod(20.5, 6), divmod(-20.5, 6), divmod(2 ** 70, 3), divmod(True, 2))
print(pow(2, 8), pow(2, -3), pow(2.5, 2), pow(-8, 3), pow(0, 0), pow(1, 10 ** 10))
print(pow(7, 128, 13), pow(2 ** 64, 3, 2 ** 61 - 1), pow(-7, 3, 5), pow(3, -1, 11))
print(pow(2, 0.5), pow(-2, 2.0), pow(10, 2), pow(10, -2))
q, r = divmod(-17, 5)
print(q, r, q * 5 + r)
for fn in [lambda: len(5), lambda: len(None), lambda: len(3.5), lambda: abs("a"), lambda: abs([]),
           lambda: divmod("a", 1), lambda: divmod(1, "a"), lambda: pow("2", 2), lambda: pow(2, 2, 2.0)]:
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)
for fn in [lambda: divmod(5, 0), lambda: divmod(5.0, 0.0), lambda: pow(0, -1), lambda: pow(0.0, -2)]:
    try:
        print(fn())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    pow(2, 5, 0)
except ValueError as e:
    print("ValueError:", e)
