# Container and conversion dunders (__len__, __getitem__, __bool__, __hash__, __iter__,
# __next__, __contains__) through the per-class cache: rebinding and deleting them on the
# class after first use, setting them on an instance (ignored), inheriting changes.


class Box:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __contains__(self, x):
        return x in self.items

    def __hash__(self):
        return 42


b = Box([3, 1, 2])
for _ in range(2):
    print(len(b), b[0], b[-1], 2 in b, 9 in b, hash(b), bool(b), list(b))

Box.__len__ = lambda self: 7
Box.__getitem__ = lambda self, i: ("item", i)
Box.__contains__ = lambda self, x: x == "magic"
Box.__hash__ = lambda self: -1
print(len(b), b[5], "magic" in b, 3 in b, hash(b), bool(b))

b.__len__ = lambda: 100
b.__bool__ = lambda: False
b.__contains__ = lambda x: True
print("instance ignored:", len(b), bool(b), 3 in b)

del Box.__contains__
# Without __contains__, `in` iterates with __getitem__ (which never raises IndexError here,
# so use a finite one).
Box.__getitem__ = lambda self, i: self.items[i]
print(3 in b, 9 in b)
del Box.__len__
print("no len, truth:", bool(b))
try:
    len(b)
except TypeError as e:
    print(type(e).__name__, e)
Box.__bool__ = lambda self: False
print("bool added:", bool(b), "yes" if b else "no")
Box.__bool__ = lambda self: 1
try:
    bool(b)
except TypeError as e:
    print(type(e).__name__, e)
Box.__hash__ = None
try:
    hash(b)
except TypeError as e:
    print(type(e).__name__, e)
Box.__len__ = lambda self: -1
del Box.__bool__
try:
    bool(b)
except ValueError as e:
    print(type(e).__name__, e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)))
Countdown.__next__ = lambda self: (_ for _ in ()).throw(StopIteration)
print(list(Countdown(3)))


def steps(self):
    if self.n >= 3:
        raise StopIteration
    self.n += 1
    return self.n * 10


Countdown.__next__ = steps
print(list(Countdown(0)), sum(Countdown(1)))
Countdown.__iter__ = lambda self: iter([7, 8])
print(list(Countdown(0)))
Countdown.__iter__ = lambda self: 5
try:
    iter(Countdown(0))
except TypeError as e:
    print(type(e).__name__, e)


class Sub(Countdown):
    pass


Countdown.__iter__ = lambda self: iter("ab")
print(list(Sub(0)))
Sub.__iter__ = lambda self: iter("cd")
print(list(Sub(0)), list(Countdown(0)))
del Sub.__iter__
print(list(Sub(0)))
