# The same iterator written as a class and as a generator: equivalent protocols.


class RangeIter:
    def __init__(self, start, stop, step=1):
        self.cur = start
        self.stop = stop
        self.step = step

    def __iter__(self):
        return self

    def __next__(self):
        if (self.step > 0 and self.cur >= self.stop) or (self.step < 0 and self.cur <= self.stop):
            raise StopIteration
        v = self.cur
        self.cur += self.step
        return v


def range_gen(start, stop, step=1):
    cur = start
    while (step > 0 and cur < stop) or (step < 0 and cur > stop):
        yield cur
        cur += step


for args in [(0, 5), (10, 0, -3), (3, 3), (0, 10, 4)]:
    a = list(RangeIter(*args))
    b = list(range_gen(*args))
    print(args, a, a == b == list(range(*args)))

# Both are their own iterators.
ri, rg = RangeIter(0, 3), range_gen(0, 3)
print(iter(ri) is ri, iter(rg) is rg)

# Calling __next__ directly.
print(ri.__next__(), rg.__next__(), next(ri), next(rg))

# Both stay exhausted.
print(list(ri), list(rg), list(ri), list(rg))


# A class whose __iter__ is a generator is re-iterable; the iterator class is not.
class Reiterable:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        yield from self.items


r = Reiterable("x", "y")
print(list(r), list(r))
once = RangeIter(0, 2)
print(list(once), list(once))


# StopIteration with a value from __next__ seen by next() and by yield from.
class Answer:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


try:
    next(Answer())
except StopIteration as e:
    print("next() sees", e.value)


def delegate():
    result = yield from Answer()
    return result


try:
    next(delegate())
except StopIteration as e:
    print("yield from returns", e.value)
print(list(Answer()), list(delegate()))


# An iterator class that raises StopIteration inside a generator consumer: PEP 479 applies
# only to the generator, not to the class.
def consumer():
    it = Answer()
    yield next(it)


try:
    list(consumer())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause value:", e.__cause__.value)


# A class iterator used with zip and enumerate alongside a generator.
print(list(zip(RangeIter(0, 3), range_gen(10, 13), "abc")))
print(list(enumerate(RangeIter(5, 8), start=1)))
