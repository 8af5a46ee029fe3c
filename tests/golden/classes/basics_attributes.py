# Instance vs class attributes, shadowing, methods, live __dict__ and vars().
class Counter:
    total = 0
    kind = "counter"

    def __init__(self, start):
        self.value = start
        Counter.total += 1

    def bump(self, by=1):
        self.value += by
        return self.value

    def describe(self):
        return self.kind + ":" + str(self.value)


a = Counter(3)
b = Counter(10)
print(Counter.total, a.total, b.total)
print(a.bump(), a.bump(5), b.bump(by=2))
print(a.describe(), b.describe())

# an instance attribute shadows the class attribute only for that instance
a.kind = "mine"
print(a.describe(), b.describe(), Counter.kind)
print(a.__dict__)
print(b.__dict__)
del a.kind
print(a.describe(), a.__dict__)

# rebinding the class attribute is seen by every instance without its own
Counter.kind = "ctr"
print(a.kind, b.kind)

# augmented assignment on an instance reads the class attribute, writes the instance
a.total += 100
print(a.total, Counter.total, "total" in a.__dict__)

# __dict__ is live both ways
d = a.__dict__
d["extra"] = 42
print(a.extra)
a.more = [1, 2]
print(sorted(d))
print(vars(b) is b.__dict__)

# attributes can be added to the class after creation; instances see them
def triple(self):
    return self.value * 3

Counter.triple = triple
print(a.triple(), b.triple())

# class attributes of mutable type are shared
class Bag:
    items = []

    def add(self, x):
        self.items.append(x)

x, y = Bag(), Bag()
x.add(1)
y.add(2)
print(Bag.items, x.items is y.items)

# missing attributes
class Empty:
    pass

e = Empty()
for name in ["nope", "value"]:
    try:
        getattr(e, name)
    except AttributeError as err:
        print(type(err).__name__, err)
try:
    Empty.nope
except AttributeError as err:
    print(type(err).__name__, err)
try:
    del e.nope
except AttributeError as err:
    print(type(err).__name__, err)
e.value = 1
del e.value
print(e.__dict__, hasattr(e, "value"))

# method called through the class with explicit self
print(Counter.describe(b), Counter.bump(b, 100))
try:
    Counter.describe()
except TypeError as err:
    print(type(err).__name__, err)
try:
    a.describe(1)
except TypeError as err:
    print(type(err).__name__, err)
try:
    Counter()
except TypeError as err:
    print(type(err).__name__, err)
try:
    Empty(1)
except TypeError as err:
    print(type(err).__name__, err)
try:
    Empty(k=1)
except TypeError as err:
    print(type(err).__name__, err)

# an attribute holding a plain function on the instance is not bound
def loose(n):
    return n * 2

e.f = loose
print(e.f(21))
# a lambda stored in the class is bound
Empty.g = lambda self, n: n + 1
print(e.g(1))
print(type(e).__name__, type(e) is Empty, e.__class__ is Empty)
