# Coroutine-style generators: priming with next, running statistics via send.


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
print("primed:", next(avg))
for v in (10, 20, 30, 45):
    print(f"send {v} -> {avg.send(v):.2f}")


# A decorator that primes the coroutine automatically.
def primed(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen

    start.__name__ = fn.__name__
    return start


@primed
def stats():
    values = []
    result = None
    while True:
        x = yield result
        if x is None:
            break
        values.append(x)
        n = len(values)
        mean = sum(values) / n
        var = sum((v - mean) ** 2 for v in values) / n
        result = (n, round(mean, 3), round(var, 3), min(values), max(values))
    return values


s = stats()
print(stats.__name__)
for x in [4, 8, 15, 16, 23, 42]:
    print(s.send(x))
try:
    s.send(None)
except StopIteration as e:
    print("all values:", e.value)


# Forgetting to prime.
raw = running_average()
try:
    raw.send(5)
except TypeError as e:
    print(type(e).__name__, e)


# A coroutine that dispatches to several sinks (broadcast).
@primed
def printer(prefix):
    while True:
        item = yield
        print(f"{prefix}: {item}")


@primed
def counter(results):
    n = 0
    try:
        while True:
            yield
            n += 1
    finally:
        results.append(n)


@primed
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()


counts = []
b = broadcast([printer("A"), counter(counts), printer("B")])
for word in ["x", "y", "z"]:
    b.send(word)
b.close()
print("counted", counts)


# An exponential moving average with a reset command.
@primed
def ema(alpha):
    value = None
    while True:
        x = yield value
        if x == "reset":
            value = None
        elif value is None:
            value = float(x)
        else:
            value = alpha * x + (1 - alpha) * value


e = ema(0.5)
print([e.send(x) for x in [10, 20, 20, "reset", 4, 8]])
