# Big-int arithmetic mixed with small ints and floats.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f200 = fact(200)
print(f200)
print(f200 % (10 ** 9 + 7), f200 // fact(198), len(str(f200)))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a % 1000000, a // b, b - a > a)
big = 2 ** 100
print(-big // 7, -big % 7, big // -7, big % -7, -big // -7, -big % -7)
print(divmod(-big, 12345), divmod(big, -12345))
print(divmod(-7, 2 ** 70), divmod(7, -(2 ** 70)))
print(1 << 200, (1 << 200) >> 199, -(1 << 200) >> 198, -1 >> 500, 5 >> 1000)
print((2 ** 64 - 1) & 0xFFFF, (2 ** 64) | 1, (2 ** 65) ^ (2 ** 64), ~(2 ** 70))
print(-(2 ** 80) & 0xFF, -(2 ** 80) | 3, (-1) ^ (2 ** 90))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(2 ** 53 + 1 > float(2 ** 53), float(2 ** 53) < 2 ** 53 + 1, 2 ** 53 + 1 <= 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(10 ** 30 == 1e30, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(big == big + 0.0, big + 1 == big + 1.0, big * 1.0)
print(fact(25) / fact(23), fact(30) // 1.0, 7 ** 40 / 7 ** 39)
print(2 ** 1000 // 3 ** 600, (3 ** 600) % (2 ** 100))
print(pow(2, 1000, 10 ** 9), pow(3, 10 ** 20, 1000003), pow(-2, 101), pow(2, -2))
print(max(2 ** 64, 1e19, 18446744073709551615.0), min(-(2 ** 63), -9.3e18))
print(abs(-(3 ** 100)) == 3 ** 100, -(-(2 ** 63)), -(2 ** 63) - 1)
n = sys_max = 9223372036854775807
print(n + 1, n * n, -n - 2, n // -1, (n + 1) // -1)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(-1), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
print(int(1e20), int(-1.5e19), int(2.0 ** 80), float(3 ** 50))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, 10 ** 400 / 10 ** 399)
