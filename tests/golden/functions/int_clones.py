# Functions whose parameters are compared with or combined with int literals get a
# small-int clone; these calls reach both it and the ordinary entry, and check that
# overflow, non-int arguments, errors and tracebacks behave as in CPython.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def grow(x, k):
    # Promotes to a big int inside the clone, then keeps recursing on big ints.
    if k == 0:
        return x
    return grow(x * 3 + 1, k - 1)


def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


def scale(n, factor):
    return n * 2 + factor


def div(a, b):
    return a // 7 + 3 % b


print(fib(20), fib(0), fib(1), fib(-5))
print(fib(True), fib(False), fib(12.0))
print(grow(1, 50))
print(grow(4611686018427387903, 2))
print(grow(-4611686018427387904, 1))
print(fib(2**70) if False else fib(10))
print(down(500))
print(scale(3, 0.5), scale(3, "x") if False else scale(3, 4), scale(1.5, 1))
print(scale(4611686018427387903, 1), scale(-4611686018427387904, -1))
print(div(-22, -7), div(2**65, 5))
try:
    down(5000)
except RecursionError as e:
    print("RecursionError:", e)
try:
    scale("ab", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    div(1, 0)
    div(1, 1.5)
    print(div(1.5, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


# The deepest recursion that works is CPython's, in the clone as in the ordinary entry.
deepest = 0
for k in range(990, 1001):
    try:
        down(k)
        deepest = k
    except RecursionError:
        pass
print("deepest", deepest)
