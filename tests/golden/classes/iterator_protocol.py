# Iterator objects: __iter__ returning non-iterators, __next__ semantics, exhaustion, reuse.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(3)
print(list(cd), list(cd), next(cd, "empty"))
cd2 = Countdown(4)
first = next(cd2)
print(first, [x for x in cd2])


class Reusable:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


r = Reusable([1, 2])
print(list(r), list(r), [(x, y) for x in r for y in r])


class ReturnsList:
    def __iter__(self):
        return [1, 2]


class ReturnsSelfNoNext:
    def __iter__(self):
        return self


class ReturnsNone:
    def __iter__(self):
        return None


for obj in [ReturnsList(), ReturnsSelfNoNext(), ReturnsNone()]:
    for label, thunk in [("iter", lambda: iter(obj)), ("for", lambda: [x for x in obj]), ("list", lambda: list(obj))]:
        try:
            thunk()
        except TypeError as e:
            print(type(obj).__name__, label, type(e).__name__, e)


class NextOnly:
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("payload ignored")
        return self.i


n = NextOnly()
print(next(n), next(n), next(n, "default"))
try:
    iter(NextOnly())
except TypeError as e:
    print(type(e).__name__, e)


class Wrapper:
    def __iter__(self):
        return NextOnly()


print(list(Wrapper()), sum(Wrapper()), sorted(Wrapper(), reverse=True))


class ErrorMidway:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("broken at 3")
        return self.i


seen = []
try:
    for v in ErrorMidway():
        seen.append(v)
except ValueError as e:
    print(type(e).__name__, e, seen)

try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Countdown(0))
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)


class GenIter:
    def __iter__(self):
        yield from range(3)
        return "ignored"


g = iter(GenIter())
print(type(g).__name__, list(g), iter(g) is g)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None), iter(it) is it)
a, *rest = Countdown(5)
print(a, rest)
try:
    x, y = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = Countdown(2)
except ValueError as e:
    print(type(e).__name__, e)
