# Benchmark: function-call heavy code.
# Measures: calls with positional, default and keyword arguments, *args and
# **kwargs, closures reading and writing captured variables (nonlocal),
# higher-order functions passed as values, and a global counter.

calls = 0


def add(a, b):
    return a + b


def scale(x, factor=3, offset=1):
    return x * factor + offset


def clamp(x, lo=0, hi=1000):
    return max(lo, min(x, hi))


def combine(a, b, c=0, weight=2):
    return add(a * weight, b) - c


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def pick(**kwargs):
    s = 0
    if "a" in kwargs:
        s += kwargs["a"]
    if "b" in kwargs:
        s -= kwargs["b"]
    return s


def make_counter(step):
    count = 0

    def bump(k=1):
        nonlocal count
        count += step * k
        return count

    return bump


def make_adder(n):
    def adder(x):
        return x + n

    return adder


def apply(f, x):
    return f(x)


def tick():
    global calls
    calls += 1


def work(n):
    bump = make_counter(2)
    add7 = make_adder(7)
    acc = 0
    for i in range(n):
        v = i % 100
        acc += add(v, 1)
        acc += scale(v)
        acc += scale(v, 2)
        acc += scale(v, offset=5)
        acc += clamp(v * 17, hi=900)
        acc += combine(v, 3)
        acc += combine(v, 3, c=1, weight=4)
        acc += apply(add7, v)
        acc += bump()
        if i % 8 == 0:
            acc += total(v, 1, 2)
            acc += pick(a=v, b=2)
            tick()
        acc = acc % 1000000007
    return acc, bump(0)


def main():
    acc, count = work(750000)
    print("acc:", acc)
    print("counter:", count)
    print("global calls:", calls)


main()
