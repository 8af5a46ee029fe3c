# Infinite generators, consumed with hand-written take/drop/window helpers (no itertools).


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def drop(n, it):
    it = iter(it)
    for _ in range(n):
        next(it, None)
    yield from it


def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


def nth(it, n, default=None):
    for i, x in enumerate(it):
        if i == n:
            return x
    return default


def window(it, size):
    it = iter(it)
    win = take(size, it)
    if len(win) < size:
        return
    yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)


def cycle(items):
    saved = list(items)
    while saved:
        yield from saved


def my_slice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x


print(take(10, fibonacci()))
print(take(10, primes()))
print(take(5, drop(95, naturals())))
print(list(take_while(lambda x: x < 100, fibonacci())))
print(nth(primes(), 99))
print(nth(fibonacci(), 80))
print(take(4, window(naturals(1), 3)))
print(take(7, cycle("abc")))
print(take(3, cycle([])))
print(list(my_slice(naturals(), 10, 30, 4)))
print(list(my_slice(fibonacci(), 5, 8)))

# Two consumers sharing one infinite generator interleave its values.
shared = naturals(100)
print(take(3, shared), take(3, shared), next(shared))

# Combining infinite streams.
def merge_sorted(a, b):
    x, y = next(a), next(b)
    while True:
        if x <= y:
            yield x
            x = next(a)
        else:
            yield y
            y = next(b)


def multiples(k):
    return (k * n for n in naturals(1))


print(take(12, merge_sorted(multiples(3), multiples(5))))

# Collatz sequences end; the generator stops itself.
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


print(list(collatz(27))[:10], len(list(collatz(27))))
print(max(range(1, 1000), key=lambda n: sum(1 for _ in collatz(n))))
