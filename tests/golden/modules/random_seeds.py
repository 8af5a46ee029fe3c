# random() after seeding with many ints: CPython's exact Mersenne Twister sequence
import random

for s in list(range(0, 40)) + [123, 999, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64 + 5, 10**30, 3**100, -1, -42, -(2**40)]:
    random.seed(s)
    print(s, random.random(), random.random(), random.random())
random.seed(5)
xs = [random.random() for _ in range(2000)]
print(xs[623], xs[624], xs[1247], xs[1999], sum(xs) / len(xs) > 0.4)
