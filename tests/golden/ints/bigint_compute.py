# Arbitrary precision through factorials, Fibonacci and powers.
def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r

for n in [0, 1, 5, 20, 21, 25, 30, 50]:
    print(n, fact(n))
f100 = fact(100)
print(f100)
print(f100 // fact(98), f100 % 1000003)

a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)

print(2 ** 200)
print(3 ** 100)
print(-(7 ** 55))
print((-3) ** 41)
print(12345678901234567890 * 98765432109876543210)
print(10 ** 40 + 1 - 10 ** 40)
print((2 ** 127 - 1) % 1000000007)
print(99999999999999999999999 // 12345, 99999999999999999999999 % 12345)
print(-99999999999999999999999 // 12345, -99999999999999999999999 % 12345)

digits = 0
n = fact(200)
while n > 0:
    n //= 10
    digits += 1
print("200! has", digits, "digits")

total = 0
for k in range(1, 60):
    total += 2 ** k * (-1) ** k
print(total)
print(sum([2 ** 64, 2 ** 64, -(2 ** 65)]), sum([10 ** 20] * 5))
