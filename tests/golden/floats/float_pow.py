# Exponentiation with floats and negative integer exponents.
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 10 ** -2)
print(2 ** -1, 2 ** -1074, 2.0 ** -1075, 0.5 ** 2, (-2.0) ** 3, (-2.0) ** 2)
print(0.0 ** 0, 0 ** 0.0, 0.0 ** 5, (-0.0) ** 3, (-0.0) ** 2)
print(1.0 ** 1e300, 1.5 ** 0, (-1.0) ** 1e300)
inf = float("inf")
nan = float("nan")
print(inf ** 0, nan ** 0, 1.0 ** nan, 1 ** inf, 2 ** inf, 0.5 ** inf, 2 ** -inf)
print(inf ** -1, (-inf) ** 3, (-inf) ** 2)
print(1e200 ** 1, 10.0 ** 22, 10.0 ** 23, 10 ** 22.0)
x = 3.0
x **= 2
print(x, 9 ** 0.5, 27 ** (1.0 / 3.0))
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(2.0 ** 2).__name__)
print(pow(2.0, 3), pow(2, 3.0), pow(9, 0.5), pow(2, -2))
for base, exp in [(0.0, -1), (0, -1), (0, -2.5), (-0.0, -3)]:
    try:
        print(base ** exp)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for base, exp in [(10.0, 400), (2.0, 10000), (-10.0, 401)]:
    try:
        print(base ** exp)
    except OverflowError as e:
        print(type(e).__name__)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print(e)
