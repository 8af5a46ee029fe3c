# Basic integer arithmetic and operator precedence.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** 2, b ** 0, 0 ** 0)
print(-a, +a, -(-a))
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, -2 ** 3)
print(10 - 3 - 2, 100 // 10 // 3)
print(7 * -1, -7 * -1, 0 * -5)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(1 + 2 * 3 - 4 // 2 % 3)
print(6 / 3, 7 / 7, 0 / 5, -0 / 5)
x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 7
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x |= 1
print(x)
x &= 6
print(x)
x ^= 15
print(x)
x /= 4
print(x)
