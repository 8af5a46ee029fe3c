# Bitwise operators on small, negative and huge integers.
vals = [0, 1, 5, 12, -1, -5, -12, 255]
for a in vals:
    print(a, ~a, a & 6, a | 6, a ^ 6)
print(-5 & 3, -5 | 3, -5 ^ 3, -5 & -3, -5 | -3, -5 ^ -3)
big = 2 ** 70 + 2 ** 3
print(big & 15, big | 1, big ^ big, big & -big)
print(~big, ~-big, ~(2 ** 64), ~(-(2 ** 64)))
print(-(2 ** 70) & (2 ** 70 - 1), -(2 ** 70) | 1, (2 ** 64 - 1) ^ -1)
print((2 ** 64 - 1) & (2 ** 63), (2 ** 63) | (2 ** 62))
print(0xFF & 0x0F, 0o17 | 0b1000, 0b1010 ^ 0b0110)
print(1_000_000 & 0xFFFF)
x = 0
for bit in [0, 3, 5, 63, 64, 100]:
    x |= 1 << bit
print(x)
count = 0
y = x
while y:
    y &= y - 1
    count += 1
print("popcount", count)
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True & 1).__name__)
try:
    print(1 & 1.0)
except TypeError as e:
    print(e)
try:
    print(~1.5)
except TypeError as e:
    print(e)
