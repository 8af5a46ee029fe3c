# operator.length_hint: __len__ first, then __length_hint__, then the default; errors.
import operator


class Sized:
    def __len__(self):
        return 4


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __length_hint__(self):
        return self.hint


class Both:
    def __len__(self):
        return 2

    def __length_hint__(self):
        raise AssertionError("not consulted when __len__ exists")


print(operator.length_hint(Sized()), operator.length_hint(Hinted(7)), operator.length_hint(Both()))
print(operator.length_hint(object()), operator.length_hint(object(), 11), operator.length_hint([1, 2, 3]))
print(operator.length_hint(Hinted(NotImplemented), 5))
for hint in [-1, "3", 2.0]:
    try:
        print(operator.length_hint(Hinted(hint)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    operator.length_hint(Sized(), "x")
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it), it.__length_hint__())
rv = reversed([1, 2, 3, 4])
next(rv)
print(rv.__length_hint__(), operator.length_hint(rv))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i


r = reversed(Seq())
print(r.__length_hint__(), operator.length_hint(iter(range(10))), operator.length_hint(iter({1: 2})))


class LenRaises:
    def __len__(self):
        raise TypeError("len refused")

    def __length_hint__(self):
        return 9


try:
    print(operator.length_hint(LenRaises()))
except TypeError as e:
    print(type(e).__name__, e)
print(list(Hinted(3).__class__.__mro__)[0].__name__)

# Every built-in iterator's hint, including after a size change and on big ranges.
s = "héllo"
it = iter(s); next(it)
print(it.__length_hint__(), operator.length_hint(iter((1,2))), operator.length_hint(iter(b"abc")))
d = {1: 2, 3: 4}
it = iter(d); print(it.__length_hint__()); next(it); print(it.__length_hint__())
d[5] = 6
print(it.__length_hint__())
st = {1, 2, 3}
it = iter(st); next(it); print(it.__length_hint__())
r = iter(range(10**20, 10**20 + 5)); next(r); print(r.__length_hint__())
it = iter(d.items()); print(it.__length_hint__(), operator.length_hint(reversed(d)))
lst = [1, 2, 3]
rv = reversed(lst); next(rv); lst.clear(); print(rv.__length_hint__())
try:
    iter([]).__length_hint__(1)
except TypeError as e:
    print(e)
