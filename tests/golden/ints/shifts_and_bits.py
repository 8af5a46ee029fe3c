# Shifts by large counts and bit tricks across the small/big boundary.
for k in [0, 1, 31, 32, 62, 63, 64, 65, 127, 128, 300]:
    v = 1 << k
    print(k, v >> k, (v - 1) >> (k - 1 if k > 0 else 0), -v >> k, (-v - 1) >> k, type(v) is int)
print(-5 >> 1, -5 >> 2, -5 >> 100, 5 >> 100, -(2 ** 100) >> 99, -(2 ** 100 + 1) >> 100)
print(0 << 1000, 3 << 0, -3 << 65)

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

def bit_length(n):
    n = abs(n)
    b = 0
    while n:
        n >>= 1
        b += 1
    return b

for n in [0, 1, 255, 256, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 3 ** 80, -(2 ** 70)]:
    print(n, popcount(abs(n)), bit_length(n))
mask = (1 << 64) - 1
h = 1469598103934665603
for ch in "ophis golden":
    h ^= ord(ch)
    h = (h * 1099511628211) & mask
print(h)
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, x & -x, x ^ (x >> 1), ~x & 0xFF)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    (2 ** 70) >> -3
except ValueError as e:
    print("ValueError:", e)
try:
    1 << 2 ** 100
except OverflowError as e:
    print(type(e).__name__, e)
print(True << 3, False >> 1, True & 3, 7 ^ True)
