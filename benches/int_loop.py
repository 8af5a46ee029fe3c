# Benchmark: integer arithmetic loop.
# Measures: a tight `for i in range(...)` loop and a `while` loop inside a
# function doing int +, -, *, //, %, ^, &, |, << and >> on small ints, plus a
# running sum kept below 2**32 by masking (so a compiler can stay in machine ints).

N = 3000000


def mix(n):
    acc = 0
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc += (x % 1000) ^ (i & 255)
        if i % 3 == 0:
            acc -= i // 7
        acc = acc & 0xFFFFFFFF
    return acc, x


def shifts(n):
    h = 0
    i = 0
    while i < n:
        h = ((h << 5) ^ (h >> 3) ^ i) & 0xFFFFFF
        h = h | (i % 17)
        i += 1
    return h


def main():
    acc, x = mix(N)
    print("mix:", acc, x)
    print("shifts:", shifts(N // 2))


main()
