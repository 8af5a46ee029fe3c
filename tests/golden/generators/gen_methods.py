# Generators as methods: __iter__ written as a generator, iterating twice, and properties.


class Deck:
    suits = "SHDC"

    def __init__(self, ranks):
        self.ranks = ranks

    def __iter__(self):
        for s in self.suits:
            for r in self.ranks:
                yield r + s

    def __reversed__(self):
        for s in reversed(self.suits):
            for r in reversed(self.ranks):
                yield r + s

    def by_suit(self, suit):
        return (r + suit for r in self.ranks)


d = Deck(["A", "K"])
print(list(d))
print(list(d))  # a fresh generator each time
print(list(reversed(d)))
print(list(d.by_suit("H")))
print("KD" in d, "QD" in d)
print(len(list(iter(d))))


# Iterating while mutating the underlying data: the generator sees changes lazily.
class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self

    def __iter__(self):
        i = 0
        while i < len(self.items):
            yield self.items[i]
            i += 1


b = Bag().add(1).add(2)
it = iter(b)
print(next(it))
b.add(3)
print(list(it))


# Subclasses override the generator method; super() works inside generators.
class Base:
    def values(self):
        yield "base-1"
        yield "base-2"


class Child(Base):
    def values(self):
        yield "child-start"
        yield from super().values()
        yield "child-end"


print(list(Child().values()))


# A generator method that uses and updates instance state across yields.
class Counter:
    def __init__(self):
        self.count = 0

    def ticks(self, n):
        for _ in range(n):
            self.count += 1
            yield self.count


c = Counter()
t1 = c.ticks(3)
t2 = c.ticks(2)
print(next(t1), next(t2), next(t1), next(t2), next(t1), c.count)


# Generator functions as class attributes keep binding rules.
def free_gen(self, k):
    yield self.tag * k


class Tagged:
    tag = "t"
    gen = free_gen


print(list(Tagged().gen(3)))
print(list(Tagged.gen(Tagged(), 2)))


# __getitem__-based iteration versus a generator __iter__: __iter__ wins.
class Both:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return f"item{i}"

    def __iter__(self):
        yield "from __iter__"


print(list(Both()))


# __iter__ returning a generator from a property-based config.
class Config:
    def __init__(self, **kw):
        self._data = kw

    @property
    def keys_upper(self):
        return (k.upper() for k in sorted(self._data))

    def __iter__(self):
        yield from sorted(self._data.items())


cfg = Config(b=2, a=1)
print(list(cfg.keys_upper), dict(cfg))
