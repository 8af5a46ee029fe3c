# collections and itertools in loops: a deque as a BFS queue and a sliding window,
# Counter and defaultdict tallies, and itertools pipelines (count, islice, chain, product,
# accumulate, groupby, pairwise, combinations).
from collections import deque, Counter, defaultdict
from itertools import count, islice, chain, product, accumulate, groupby, pairwise, combinations


def bfs(n):
    # Grid graph n x n: distances from the corner with a deque queue.
    dist = {(0, 0): 0}
    q = deque([(0, 0)])
    while q:
        x, y = q.popleft()
        d = dist[(x, y)] + 1
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < n and 0 <= ny < n and (nx, ny) not in dist:
                dist[(nx, ny)] = d
                q.append((nx, ny))
    return sum(dist.values())


def window_max(values, k):
    win = deque(maxlen=k)
    total = 0
    for v in values:
        win.append(v)
        if len(win) == k:
            total += max(win)
    return total


def tallies(n):
    words = ["w%d" % (i * 7919 % 97) for i in range(n)]
    c = Counter(words)
    groups = defaultdict(list)
    for i, w in enumerate(words):
        groups[len(w)].append(i)
    top = c.most_common(3)
    return top, sorted((k, len(v)) for k, v in groups.items())


def pipelines(n):
    s = sum(islice(count(1, 3), n))
    s += sum(x * y for x, y in product(range(60), repeat=2))
    s += sum(accumulate(chain(range(n), range(n, 0, -1))))
    s += sum(a * b for a, b in pairwise(range(n)))
    s += sum(len(list(g)) for _, g in groupby(sorted(i % 50 for i in range(n))))
    s += sum(a + b + c for a, b, c in combinations(range(40), 3))
    return s


def main():
    r = 0
    for _ in range(25):
        r += bfs(120)
    print("bfs", r)
    w = 0
    values = [(i * 37) % 101 for i in range(60000)]
    for k in range(2, 12):
        w += window_max(values, k)
    print("window", w)
    for _ in range(8):
        t = tallies(60000)
    print("tallies", t)
    p = 0
    for _ in range(10):
        p += pipelines(60000)
    print("pipelines", p)


main()
