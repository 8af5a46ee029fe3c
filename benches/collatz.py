# Benchmark: longest Collatz chain.
# Measures: int loops with data-dependent branches (even/odd), // and *,
# comparison and a few locals; no allocation beyond small ints.

N = 150000


def chain_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest(limit):
    best = 1
    best_len = 1
    for start in range(1, limit):
        length = chain_length(start)
        if length > best_len:
            best = start
            best_len = length
    return best, best_len


def main():
    best, best_len = longest(N)
    print("longest chain below", N, "starts at", best, "with length", best_len)


main()
