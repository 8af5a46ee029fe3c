# Iteration protocol: __iter__/__next__, legacy __getitem__, __contains__ fallback, __reversed__.
class CountDown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(CountDown(3)))
cd = CountDown(2)
print(next(cd), next(cd), next(cd, "done"))
try:
    next(cd)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(list(cd))
for x in CountDown(2):
    print("for", x)
print(sum(CountDown(4)), max(CountDown(5)), sorted(CountDown(3)), 2 in CountDown(3))
print(dict(zip("abc", CountDown(3))), list(enumerate(CountDown(2))))
print([y * 2 for y in CountDown(3)], set(CountDown(1)))


# an iterable returning a fresh iterator each time
class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Range2Iter(self.n)


class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


r = Range2(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
it = iter(r)
print(type(it).__name__, iter(it) is it)


# legacy __getitem__ iteration stops at IndexError
class Legacy:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError("stop")
        return i * 10


print(list(Legacy()))
print(20 in Legacy())
print(99 in Legacy())
lit = iter(Legacy())
print(type(lit).__name__, next(lit))


# legacy __getitem__ raising StopIteration also ends iteration
class LegacyStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(LegacyStop()))


# __contains__ takes priority, its result is converted to bool
class Evens:
    def __contains__(self, x):
        print("  contains", x)
        return x % 2 == 0

    def __iter__(self):
        print("  never iterated")
        return iter([])


print(4 in Evens(), 3 in Evens(), 3 not in Evens())


class ContainsTruthy:
    def __contains__(self, x):
        return [x]


print(1 in ContainsTruthy(), (1 not in ContainsTruthy()))


# __contains__ fallback to __iter__
class OnlyIter:
    def __iter__(self):
        print("  iter")
        return iter([1, 2, 3])


print(2 in OnlyIter(), 5 in OnlyIter())


# not iterable / not a container
class Nothing:
    pass


for label, fn in [("iter", lambda: iter(Nothing())), ("in", lambda: 1 in Nothing()),
                  ("list", lambda: list(Nothing())), ("for", lambda: [x for x in Nothing()]),
                  ("next", lambda: next(Nothing())), ("unpack", lambda: [*Nothing()])]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)


# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self):
        return [1, 2]


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)


# __iter__ = None blocks the legacy fallback
class Blocked:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(Blocked())
except TypeError as e:
    print(type(e).__name__, e)


# __contains__ = None
class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)


# __reversed__ and its fallback on __len__ + __getitem__
class WithReversed:
    def __reversed__(self):
        return iter(["z", "y"])


class SeqLike:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3 or i < 0:
            raise IndexError(i)
        return "s" + str(i)


print(list(reversed(WithReversed())), list(reversed(SeqLike())))
rv = reversed(SeqLike())
print(type(rv).__name__, next(rv))
try:
    reversed(OnlyIter())
except TypeError as e:
    print(type(e).__name__, e)


class NoRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)


# exceptions inside __next__ propagate out of a for loop
class Explodes:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("boom at 3")
        return self.n


try:
    for v in Explodes():
        print("got", v)
except ValueError as e:
    print(type(e).__name__, e)


# iterator protocol used by builtins: map/filter/zip/enumerate with user iterators
print(list(map(lambda v: v + 1, CountDown(3))), list(filter(None, CountDown(3))))
print(list(zip(CountDown(3), Range2(5))), "".join(SeqLike()))


# iter(callable, sentinel) with a callable object
class Ticker:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


print(list(iter(Ticker(), 4)))
