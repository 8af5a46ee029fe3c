# Iteration through the legacy __getitem__ protocol versus __iter__, and iter(callable, sentinel).
class Legacy:
    def __init__(self, n):
        self.n = n
        self.calls = []

    def __getitem__(self, i):
        self.calls.append(i)
        if i >= self.n:
            raise IndexError("done")
        return chr(ord("a") + i)


lg = Legacy(3)
print(list(lg), lg.calls)
it = iter(Legacy(2))
print(type(it).__name__, next(it), next(it), next(it, "exhausted"))
a, b, c = Legacy(3)
print(a, b, c, "".join(Legacy(4)), sorted(Legacy(3), reverse=True), max(Legacy(5)))
print(dict(enumerate(Legacy(2))), list(zip(Legacy(5), range(2))), tuple(map(str.upper, Legacy(2))))


class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopsWithStopIteration()))


class OtherError:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("not an IndexError")
        return i


try:
    list(OtherError())
except KeyError as e:
    print(type(e).__name__, e)


class Both:
    def __iter__(self):
        return iter(["from __iter__"])

    def __getitem__(self, i):
        return "from __getitem__"


print(list(Both()), Both()[0])


class IterNone(Legacy):
    __iter__ = None


try:
    iter(IterNone(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in IterNone(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Infinite:
    def __getitem__(self, i):
        return i * i


for x in Infinite():
    if x > 30:
        break
print("stopped at", x)

counter = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(counter), 0)))
state = {"n": 0}


def tick():
    state["n"] += 1
    return state["n"]


print(list(iter(tick, 4)), state)
for bad in [lambda: iter(5, 0), lambda: iter(5), lambda: iter(None), lambda: next(Legacy(1))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


class Mapping:
    def __getitem__(self, key):
        return {"a": 1}[key]


try:
    list(Mapping())
except KeyError as e:
    print(type(e).__name__, e)
lit = iter(Legacy(1))
print(list(lit), list(lit))
