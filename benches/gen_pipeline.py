# Benchmark: a pipeline of generators.
# Measures: generator creation, resumption at `yield` (frame save/restore), `yield from`
# delegation, generator expressions consumed by sum(), and small-int arithmetic between.

N = 4000000


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def scaled(source, k):
    for x in source:
        yield x * k


def chained(n):
    yield from scaled(evens(numbers(n)), 3)
    yield from numbers(10)


def main():
    total = 0
    for v in chained(N):
        total += v
    squares = sum(x * x % 7 for x in numbers(N))
    print("pipeline total", total, "squares mod 7", squares)


main()
