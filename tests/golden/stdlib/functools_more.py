# functools.cached_property, cmp_to_key, partialmethod; cached_property's errors.
from functools import cached_property, cmp_to_key, partialmethod, partial


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__)
del c.area
print(c.area, c.computed)
c.area = 100
print(c.area, c.computed)
print(type(Circle.area).__name__, Circle.area.attrname)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError", e)

try:

    class Twice:
        a = cached_property(lambda self: 1)
        b = a

except TypeError as e:
    print("TypeError", type(e.__cause__).__name__ if e.__cause__ else None, e)


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(max(words, key=cmp_to_key(by_length_then_alpha)))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(3) <= k(3), k(5) == k(5), k(2) > k(9))
try:
    k(1) < 5
except TypeError as e:
    print("TypeError", e)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


cell = Cell()
cell.set_alive()
print(cell.alive)
cell.set_dead()
print(cell.alive)
print(isinstance(Cell.__dict__["set_alive"], partialmethod))
