# every random function after many different seeds, as CPython draws them
import random

for s in range(0, 600, 37):
    random.seed(s * 7919 + 13)
    k = s % 150
    a = random.getrandbits(k)
    b = random.randrange(1, 10 ** (s % 40 + 1))
    c = random.randint(-s, s)
    lst = list(range(s % 30))
    random.shuffle(lst)
    d = random.sample(range(s + 50), min(s % 60, s + 50))
    e = random.choices("abcdefg", k=5)
    f = random.choices([1, 2, 3], [0.5, 1.5, 3], k=3)
    g = random.uniform(-s, s)
    h = random.gauss(s, 3)
    print(s, a, b, c, lst, d, e, f, g, h, random.random())
