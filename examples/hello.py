"""A small tour of what ophis compiles today: functions, closures, big integers,
floats, containers, f-strings and exceptions."""
import sys


def make_counter(start=0, *, step=1):
    count = start

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def describe(*values, sep=", ", **options):
    parts = ""
    for i, v in enumerate_like(values):
        parts += ("" if i == 0 else sep) + f"{v!r}"
    return f"[{parts}] {options}"


def enumerate_like(items):
    pairs = []
    i = 0
    for item in items:
        pairs.append((i, item))
        i += 1
    return pairs


print("hello from a native executable")
tick = make_counter(10, step=5)
print(tick(), tick(), tick())
print("fib(25) =", fib(25))
print("2**100 =", 2**100, "and -7 // 2 =", -7 // 2)
print(f"{3.14159:.2f} {1e16} {0.1 + 0.2} {255:#x} {1234567:,}")
print(describe(1, "two", 3.0, sep=" | ", verbose=True))
totals = {}
for word in ["apple", "kiwi", "apple", "fig", "kiwi", "apple"]:
    totals[word] = totals.get(word, 0) + 1
print(totals)
try:
    print([1, 2, 3][10])
except IndexError as e:
    print("caught:", type(e).__name__, e)
print("argv:", len(sys.argv) - 1, "arguments")
