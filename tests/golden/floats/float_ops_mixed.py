# Float arithmetic edge cases: division, modulo, pow, and conversions in loops.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (5, 0.3), (-0.0, 1), (0.0, -1)]
for a, b in pairs:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(-1e-20 % 1.0, 1e-20 % -1.0, 3.0 % float("inf"), -3.0 % float("inf"))
print(2.0 ** 0.5, 2 ** -1, (-8.0) ** 3, 0.0 ** 0, 1.0 ** float("nan"), float("nan") ** 0)
print(pow(2.0, 10), pow(-2.0, 3), pow(4, 0.5), pow(10, -3))
for bad in [(1.0, 0), (1.0, 0.0), (0, 0.0)]:
    try:
        print(bad[0] / bad[1])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(bad[0] % bad[1])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total, f"{total:.6f}", int(total), total // 1)
print(abs(-0.0), abs(-2.5), -(-0.0), +(-0.0), 0.0 * -1)
print(int(-2.9), int(2.9), int(-0.5), float(-7 // 2), -7 / 2)
print(1e15 + 0.3, 1e16 + 0.3, (1e16 + 1) - 1e16, 0.1 + 0.7)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5], 0.5))
