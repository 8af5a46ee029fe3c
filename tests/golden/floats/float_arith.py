# Float arithmetic, special values and signed zero.
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a ** b, -a)
print(0.1 + 0.1 + 0.1, 1.0 - 0.9, 100.0 * 1.1)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan + 1)
print(0.0 == -0.0, -0.0 < 0.0, 1 / inf == -1 / inf)
print(min(0.0, -0.0), max(-0.0, 0.0), min(-0.0, 0.0))
print(abs(-0.0), abs(-inf), abs(-2.5), -(0.0))
print(1e308 + 1e308, -1e308 - 1e308, 1e-320 / 10, 5e-324 / 2)
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
x = 1.0
x *= 3
x -= 0.5
x /= 2
x += 1
x **= 2
print(x)
print(3 * 1.5, 1.5 * 3, 7 / 2.0, 2.0 - 5)
print(type(1.5 + 1).__name__, type(2 * 0.5).__name__, type(4 / 2).__name__)
for op in ["div", "floordiv", "mod", "divmod"]:
    try:
        if op == "div":
            print(1.5 / 0.0)
        elif op == "floordiv":
            print(1.5 // 0)
        elif op == "mod":
            print(1.5 % 0.0)
        else:
            print(divmod(1.5, 0))
    except ZeroDivisionError as e:
        print(op, "->", e)
try:
    print(1.5 + "x")
except TypeError as e:
    print(e)
try:
    print(0.5 * [1])
except TypeError as e:
    print(e)
