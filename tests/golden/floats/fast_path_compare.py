# Inline float arithmetic and comparisons: NaN, signed zeros, infinities, int/float mixes.
nan = float("nan")
inf = float("inf")
vals = [0.0, -0.0, 1.5, -2.25, inf, -inf, nan, 3, -4, 2**53, 2**53 + 1, 1e308]
for a in vals:
    row = []
    for b in vals:
        row.append(f"{a < b:d}{a <= b:d}{a == b:d}{a != b:d}{a > b:d}{a >= b:d}")
    print(*row)
for a in vals:
    for b in vals:
        try:
            print(repr(a + b), repr(a - b), repr(a * b), repr(a / b), end="; ")
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e, end="; ")
        except OverflowError as e:
            print("OverflowError:", e, end="; ")
    print()
print(float(2**53 + 1) == 2**53 + 1, 2**53 + 1 == float(2**53 + 1), 0.1 * 3, 1e308 * 10)
x = 0.0
for i in range(1, 1000):
    x += 1 / i
print(x)
