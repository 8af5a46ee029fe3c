# Mixing ints and floats: promotion, exact comparison, true division.
print(1 + 1.0, 3 - 0.5, 2 * 2.5, 7 / 2, 8 / 2, -7 / 2, 1 / 3)
print(10 ** 20 / 10 ** 10, (2 ** 53 + 1) / 1, (2 ** 63 + 1) / 2)
print(10 ** 400 / 10 ** 399, 10 ** 400 // 10 ** 399, (10 ** 30 + 1) / 10 ** 30)
print(-(10 ** 400) / 10 ** 398, 1 / 10 ** 400)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(2 ** 53 + 1 < 2.0 ** 53 + 2, 10 ** 400 > 1e308, 10 ** 400 < float("inf"))
print(-(10 ** 400) < -1e308, 0 == -0.0, 1 == 1.0000000000000002)
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 10 ** 400 == nan)
print(max(1, 1.0), max(1.0, 1), min(2, 1.5), max(3, 2.5, 3.0))
print(sum([1, 0.5, 2]), sum([1, 2, 3], 0.0), sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(True + 1.5, 3 % 2.5, 3 // 0.7, divmod(3, 0.75))
acc = 0
for i in range(1, 6):
    acc += 1 / i
print(acc)
n = 5
n += 0.5
print(n, type(n).__name__)
print(int(7 / 2), int(-7 / 2), 7 // 2, -7 // 2)
for big in [10 ** 400, -(10 ** 400)]:
    try:
        print(big / 3)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(big + 0.5)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print(e)
