# Deep but legal recursion, near the default limit.
import sys

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(900))

def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)

print(sum_list(list(range(850))))

def build(n):
    if n == 0:
        return []
    return [n, build(n - 1)]

def measure(t):
    d = 0
    while t:
        d += 1
        t = t[1]
    return d

print(measure(build(800)))

def count_down(n, *, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc=acc + n)

print(count_down(900, acc=0))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3), ackermann(3, 3))

def try_depth(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return try_depth(n - 1)
    finally:
        if n % 200 == 0:
            print("unwinding", n)

try:
    try_depth(600)
except ValueError as e:
    print("caught", e)

def recurse_forever(n):
    return recurse_forever(n + 1)

try:
    recurse_forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(500))
print(sys.getrecursionlimit())
