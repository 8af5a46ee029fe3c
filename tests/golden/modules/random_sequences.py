import random

random.seed(314)
print(random.choice([10, 20, 30]), random.choice("hello"), random.choice((1, 2)), random.choice(range(100, 200)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
words = ["a", "b", "c", "d", "e", "f", "g"]
for _ in range(3):
    random.shuffle(words)
    print(words)
print(random.sample(range(100), 10))
print(random.sample(range(10**9), 8))
print(random.sample(["x", "y", "z"], 3), random.sample("abcdefgh", 0), random.sample((1, 2, 3, 4), 2))
print(random.sample(range(30), 25))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(1000), k=50))
one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)
for seed in range(5):
    random.seed(seed)
    print(seed, random.sample(range(52), 5), random.choice(["rock", "paper", "scissors"]))
