# calls of different functions interleaved: each draws from the one generator in order
import random
from random import randint, random as rnd, choice, shuffle

random.seed(20240101)
hand = []
suits = ["S", "H", "D", "C"]
for i in range(12):
    if rnd() < 0.5:
        hand.append(choice(suits) + str(randint(1, 13)))
    else:
        hand.append(random.randrange(100, 200, 10))
print(hand)
shuffle(hand)
print(hand)
walk = [0]
for _ in range(30):
    walk.append(walk[-1] + random.choice([-1, 1]))
print(walk)
print(random.getrandbits(70))
dice = {}
for _ in range(600):
    r = randint(1, 6)
    dice[r] = dice.get(r, 0) + 1
print(sorted(dice.items()))
random.seed(3)
m = [[random.randint(0, 9) for _ in range(5)] for _ in range(4)]
print(m)
