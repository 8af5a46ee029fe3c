# Benchmark: naive recursive Fibonacci.
# Measures: call/return overhead of a small recursive function, int comparison,
# int addition and subtraction.  fib(30) makes 1.6 million calls; it is repeated
# REPEAT times so the CPython run takes about one second.

REPEAT = 10


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    i = 0
    while i < REPEAT:
        total = total + fib(30)
        i += 1
    print("fib(30) =", fib(30))
    print("total =", total)


main()
