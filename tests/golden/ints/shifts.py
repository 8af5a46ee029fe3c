# Left and right shifts across word boundaries and with negatives.
for n in [0, 1, 31, 32, 62, 63, 64, 65, 100]:
    print(n, 1 << n, -1 << n)
print((1 << 100) >> 99, (1 << 100) >> 100, (1 << 100) >> 101)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -(1 << 100) >> 200)
print(5 >> 1, -5 >> 1, 5 >> 10, -5 >> 10)
print(3 << 62, 3 << 63, -3 << 62)
print((2 ** 63) >> 63, (2 ** 64 - 1) >> 32, -(2 ** 64) >> 1)
print(7 >> 0, 7 << 0)
print(True << 3, 8 >> True)
v = 1
for i in range(10):
    v <<= 7
print(v)
while v > 1000:
    v >>= 9
print(v)
for bad in [-1, -100]:
    try:
        print(1 << bad)
    except ValueError as e:
        print("lshift:", e)
    try:
        print(1 >> bad)
    except ValueError as e:
        print("rshift:", e)
try:
    print(1 << 2.0)
except TypeError as e:
    print(e)
print(0 << 1000, 0 >> 5)
