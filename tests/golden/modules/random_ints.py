import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(30)])
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print([random.randrange(-10, 10) for _ in range(10)])
print([random.randint(-3, 3) for _ in range(10)])
print(random.randrange(2**100), random.randint(10**20, 10**21), random.randrange(-(2**70), 2**70, 3))
print(random.randrange(1), random.randint(7, 7), random.randrange(5, step=1))
for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200, 1000]:
    random.seed(k)
    print(k, random.getrandbits(k))
random.seed(99)
print([random.getrandbits(3) for _ in range(20)], random.getrandbits(True))
random.seed(11)
print(random.randrange(True, 10), random.randint(False, True))
