# Floor division and modulo on floats follow the divisor's sign.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (6.0, 3.0), (-6.0, 3.0),
         (6.0, -3.0), (0.0, 5.0), (-0.0, 5.0), (0.0, -5.0), (5, -1.0), (-5, 1.0),
         (0.3, 0.1), (1.0, 0.1), (-1e-300, 1.0), (1e-300, -1.0)]
for a, b in pairs:
    print(a, b, "->", a // b, a % b, divmod(a, b))
inf = float("inf")
nan = float("nan")
print(5.0 // inf, -5.0 // inf, 5.0 % inf, -5.0 % inf)
print(5.0 % -inf, -5.0 % -inf, 5.0 // -inf)
print(inf % 2, nan // 1, nan % 3)
print(divmod(-7, 2.5), divmod(7, -2.5), divmod(2 ** 60, 0.5))
x = -7.25
x //= 2
print(x)
x = -7.25
x %= 2
print(x)
print(10 % 3.5, -10 % 3.5, 10.5 // 1, -10.5 // 1)
print(type(7 // 2.0).__name__, type(divmod(7.0, 2)[0]).__name__)
for a in [1.0, -1.0, 0.0, inf]:
    try:
        print(a // 0.0)
    except ZeroDivisionError as e:
        print("//", e)
    try:
        print(a % -0.0)
    except ZeroDivisionError as e:
        print("%", e)
