# Which pair a failing sort compares first (CPython's run detection and binary insertion), and the list left behind.
cases = [[1, 2, "a", 3], ["b", "a", 1], [3, 2, 1, None], [None, 1], [1.5, 2, (1,), 0], [[1], [0], 5], [2, 1, 0, "x", -1],
         [1, 2, 3, 4, 5, "z"], ["z", 5, 4, 3, 2, 1], [(1, "a"), (1, 2)], [0, 1, 0, 1, None, 0]]
for c in cases:
    for rev in [False, True]:
        x = list(c)
        try:
            x.sort(reverse=rev)
            print(x)
        except TypeError as e:
            print("TypeError:", e, x)
big = []
for i in range(100):
    big.append((i * 7919) % 101)
big.append("s")
try:
    sorted(big)
except TypeError as e:
    print("TypeError:", e)
