import math

for n in [0, 1, 2, 3, 15, 16, 17, 99, 100, 10**10, 2**64 - 1, 2**64, 10**40 + 12345, 2**127]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) ** 2)
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4), math.lcm(-4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**40, 3**20))
print(math.gcd(True, 4), math.lcm(True, 4))
for n in [0, 1, 5, 10, 20, 21, 25, 30]:
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(100) % 10**9 == 0)
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (52, 5), (100, 50), (10**20, 2), (60, 30)]:
    print(n, k, math.comb(n, k), math.perm(n, k))
print(math.perm(5), math.perm(0), math.perm(6, None))
print(math.comb(2**64 + 1, 3))
