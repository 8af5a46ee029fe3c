# Integers around machine word boundaries must never overflow.
p62 = 2 ** 62
p63 = 2 ** 63
p64 = 2 ** 64
print(p62, p63, p64)
print(p62 + p62, p62 * 2, p62 * 4)
print(p63 - 1, p63 - 1 + 1, -p63, -p63 - 1)
print(p64 - 1, p64 + 1, -p64)
print(abs(-p63), -(-p63), (-p63) * -1)
print((-p63) // -1, (-p63) % -1)
print(p63 * p63, p64 * p64)
print((p63 - 1) * (p63 - 1))
print(p62 - p63, p63 - p64)
print(-p63 + p63 == 0, p64 - p64)
print(p63 > p63 - 1, -p63 < -p63 + 1, p64 >= p64, p63 != p64)
print(p63 == 9223372036854775808, p64 - 1 == 18446744073709551615)
maxi = 9223372036854775807
print(maxi + 1, maxi * 2, maxi ** 2)
mini = -9223372036854775808
print(mini - 1, mini * 2, mini * -1, mini // -1)
x = maxi
x += 1
print(x)
x = mini
x -= 1
print(x)
x = 3037000499
print(x * x, (x + 1) * (x + 1))
y = 4611686018427387903
print(y + 1, y * 2 + 1, y * 2 + 2)
print(-y - 1, -y - 2)
print(abs(mini), abs(mini - 1))
print(2 ** 100, -(2 ** 100), 2 ** 100 - 2 ** 99)
print(10 ** 30 // 10 ** 15, 10 ** 30 % (10 ** 15 + 1))
print(type(p64).__name__, type(2 ** 1000 - 2 ** 1000).__name__)
