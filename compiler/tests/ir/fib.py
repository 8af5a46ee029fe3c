# Direct recursive calls; `borrow` removes the reference traffic of `n` and `fib`.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(10))
