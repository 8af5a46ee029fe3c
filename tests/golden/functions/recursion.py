# Recursive functions, mutual recursion and deep-but-legal depth.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fact(0), fact(10), fact(25))
print(fib(20))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(301))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)
    return moves

m = hanoi(3, "A", "C", "B", [])
print(len(m), m)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))

def power_set_count(items, i):
    if i == len(items):
        return 1
    return 2 * power_set_count(items, i + 1)

print(power_set_count("abcdefghij", 0))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

print(gcd(2 ** 40 * 3, 2 ** 35 * 9), gcd(17, 5))

def flatten(x, out):
    if isinstance(x, list):
        for y in x:
            flatten(y, out)
    else:
        out.append(x)
    return out

print(flatten([1, [2, [3, [4, []]], 5]], []))
