# Unpacking user-defined iterables: __iter__, the old __getitem__ protocol, errors inside.
class Three:
    def __iter__(self):
        return iter([1, 2, 3])


class ByIndex:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise RuntimeError("boom")


a, *b = Three()
print(a, b)
*a, b = ByIndex()
print(a, b)
w, x, y, z = ByIndex()
print(w, x, y, z)
def plain():
    a, b = Broken()


def starred():
    a, *b = Broken()


for f in [plain, starred]:
    try:
        f()
    except RuntimeError as e:
        print(f.__name__, "->", type(e).__name__, e)
try:
    a, b = Three()
except ValueError as e:
    print(e)
try:
    a, *b, c, d, e = Three()
except ValueError as e:
    print(e)
