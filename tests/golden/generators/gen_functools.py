# functools with generators: reduce over lazy streams, partial generator functions,
# lru_cache around generator-producing helpers, wraps on generator decorators.
import functools


def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2


print(functools.reduce(lambda a, b: a + b, evens(10)))
print(functools.reduce(lambda a, b: a * b, (x for x in range(1, 6)), 1))
try:
    functools.reduce(lambda a, b: a + b, evens(0))
except TypeError as e:
    print(type(e).__name__, e)
print(functools.reduce(lambda a, b: a + b, evens(0), "empty"))

# partial of a generator function is a factory of generators.
evens_to_7 = functools.partial(evens, 7)
print(list(evens_to_7()), list(evens_to_7()))


def repeat_word(word, times, sep=""):
    for i in range(times):
        yield word + (sep if i < times - 1 else "")


shout = functools.partial(repeat_word, sep="!")
print("".join(shout("hey", 3)))


# A decorator that logs each value a generator yields, keeping its metadata with wraps.
def traced(gen_fn):
    @functools.wraps(gen_fn)
    def wrapper(*args, **kwargs):
        print(f"start {gen_fn.__name__}{args}")
        result = yield from gen_fn(*args, **kwargs)
        print(f"end {gen_fn.__name__} -> {result!r}")
        return result

    return wrapper


@traced
def countdown(n):
    """Count down to one."""
    while n:
        yield n
        n -= 1
    return "liftoff"


print(countdown.__name__, countdown.__doc__)
print(list(countdown(3)))
c = countdown(2)
print(c.__name__)
print(next(c), c.send(None))
try:
    next(c)
except StopIteration as e:
    print("value", e.value)


# lru_cache memoises a function that consumes a generator internally.
@functools.lru_cache(maxsize=None)
def collatz_length(n):
    def steps(k):
        while k != 1:
            yield k
            k = k // 2 if k % 2 == 0 else 3 * k + 1

    return sum(1 for _ in steps(n)) + 1


print([collatz_length(n) for n in range(1, 11)])
print(collatz_length.cache_info().hits, collatz_length(27))

# cmp_to_key sorting a generator's output.
def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = (w for w in "pear fig apple kiwi banana date".split())
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha)))
