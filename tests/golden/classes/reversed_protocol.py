# reversed(): __reversed__ first, else the sequence protocol (__len__ + __getitem__).
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        print(f"  getitem {i}")
        return self.cards[i]


rv = reversed(Deck(["a", "b", "c"]))
print(type(rv).__name__)
print(list(rv), list(rv))


class Custom:
    def __reversed__(self):
        return iter("zyx")

    def __len__(self):
        raise AssertionError("not consulted")


print(list(reversed(Custom())))


class ReversedReturnsList:
    def __reversed__(self):
        return [3, 2, 1]


r = reversed(ReversedReturnsList())
print(r, type(r).__name__)


class NoLen:
    def __getitem__(self, i):
        return i


class NoGetitem:
    def __len__(self):
        return 3


class ReversedNone(Deck):
    __reversed__ = None


class IterOnly:
    def __iter__(self):
        return iter([1, 2])


for obj in [NoLen(), NoGetitem(), ReversedNone([1]), IterOnly(), 5, {1: 2}.items() if False else {1, 2}]:
    try:
        print(list(reversed(obj)))
    except TypeError as e:
        print(type(e).__name__, e)


class Shrinks:
    def __init__(self):
        self.data = [1, 2, 3, 4]

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if i >= len(self.data):
            raise IndexError(i)
        return self.data[i]


s = Shrinks()
it = reversed(s)
print(next(it))
s.data = [10, 20]
print(list(it))


class LenNegative:
    def __len__(self):
        return -1

    def __getitem__(self, i):
        return i


try:
    reversed(LenNegative())
except ValueError as e:
    print(type(e).__name__, e)
print(list(reversed(range(5))), list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("ab")))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())), list(reversed(b"xy")))
lst = [1, 2, 3]
rl = reversed(lst)
lst.append(4)
print(list(rl))
print(list(reversed(Deck([]))))
