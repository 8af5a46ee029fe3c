# Arguments are bound when the generator is created; the body runs only on next().


def greet(name, punctuation="!", *extra, upper=False, **options):
    print("body starts for", name)
    text = f"hello {name}{punctuation}"
    yield text.upper() if upper else text
    yield extra
    yield sorted(options.items())


g = greet("ada", "?", 1, 2, upper=True, x=1)
print("created")
print(list(g))

# Binding errors happen at the call, before any body code.
for args, kwargs in [((), {}), (("a",), {"nope": 1, "upper": 1, "punctuation": "."}), (("a",), {"name": "b"})]:
    try:
        greet(*args, **kwargs)
        print("bound", args, kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


# Default values are evaluated once, at definition; mutable defaults are shared.
def appender(item, acc=[]):
    acc.append(item)
    yield list(acc)


print(next(appender(1)), next(appender(2)))


# Closures: the generator sees the current value of enclosing variables.
def make_counter():
    step = 1

    def counter(n):
        for i in range(n):
            yield i * step

    def set_step(s):
        nonlocal step
        step = s

    return counter, set_step


counter, set_step = make_counter()
c = counter(4)
print(next(c), next(c))
set_step(10)
print(list(c))


# A generator assigning to a nonlocal variable.
def tally():
    total = 0

    def adder(values):
        nonlocal total
        for v in values:
            total += v
            yield total

    gen = adder([1, 2, 3])
    first = next(gen)
    return first, total, list(gen), total


print(tally())


# Late binding in generators created in a loop.
gens = [(lambda: (i * k for k in range(3)))() for i in range(3)]
print([list(g) for g in gens])


def bind_now(i):
    return (i * k for k in range(3))


print([list(bind_now(i)) for i in range(3)])


# Global statements inside a generator.
seen = 0


def counting(items):
    global seen
    for x in items:
        seen += 1
        yield x


cg = counting("abc")
print(seen, next(cg), seen, list(cg), seen)


# Keyword-only arguments and positional-only arguments.
def window(seq, /, size, *, step=1):
    for i in range(0, len(seq) - size + 1, step):
        yield seq[i : i + size]


print(list(window("abcdef", 3, step=2)))
try:
    window(seq="abc", size=2)
except TypeError as e:
    print(type(e).__name__, e)
