# yield from over any iterable: lists, strings, ranges, dicts, custom iterators, genexprs.


def flatten_once(*sources):
    for s in sources:
        result = yield from s
        if result is not None:
            print("  returned", result)


print(list(flatten_once([1, 2], "ab", range(3, 5), (6,), {"k": 1, "j": 2})))
print(list(flatten_once({10: "x"}.values(), {10: "x"}.items(), b"hi")))
print(list(flatten_once(x * x for x in range(4))))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return CountdownIter(self.n)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1


print(list(flatten_once(Countdown(3))))


# An iterator's StopIteration value is what yield from returns.
def collect_value(it):
    v = yield from it
    yield ("value", v)


print(list(collect_value(CountdownIter(2))))
print(list(collect_value(iter([]))))


# yield from over something that is not iterable fails when reached, not at creation.
def bad():
    yield "before"
    yield from 42


b = bad()
print(next(b))
try:
    next(b)
except TypeError as e:
    print(type(e).__name__, e)


# yield from with an iterator that raises partway.
class Faulty:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("third item is broken")
        return self.i


def guarded():
    try:
        yield from Faulty()
    except ValueError as e:
        yield f"guarded: {e}"


print(list(guarded()))


# The iterable expression is evaluated once, when the yield from is reached.
def make(tag):
    print("make", tag)
    return [tag] * 2


def lazy():
    print("lazy started")
    yield from make("A")
    yield from make("B")


lz = lazy()
print("created")
print(next(lz))
print(list(lz))


# A generator object may be delegated to only while it is not finished.
src = (c for c in "xyz")
print(next(src))
print(list(flatten_once(src)))
print(list(flatten_once(src)))
