# Truth of user containers: __len__ drives bool(), `not`, while loops, filter and `or` chains.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def take(self):
        return self.items.pop()


b = Bag(1, 2, 3)
taken = []
while b:
    taken.append(b.take())
print(taken, bool(b), not b, len(b))
print([bool(Bag(*range(n))) for n in range(3)], list(filter(None, [Bag(), Bag(1), Bag(), Bag(2, 3)]))[0].items)
print((Bag() or "fallback"), (Bag(1) and "second").upper(), any([Bag(), Bag()]), all([Bag(1), Bag(2)]))


class Toggle:
    def __init__(self):
        self.state = False
        self.asked = 0

    def __bool__(self):
        self.asked += 1
        self.state = not self.state
        return self.state


t = Toggle()
print(bool(t), bool(t), bool(t), t.asked)
print("yes" if t else "no", t.asked)
n = 0
t2 = Toggle()
while t2 and n < 5:
    n += 1
print(n, t2.asked)


class BoolBeatsLen:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(BoolBeatsLen()), len(BoolBeatsLen()))


class InheritsLen(Bag):
    pass


class DisablesBool(Bag):
    def __bool__(self):
        return False


print(bool(InheritsLen(1)), bool(DisablesBool(1, 2)), len(DisablesBool(1, 2)))


class Sub(list):
    def __len__(self):
        return 0


print(bool(Sub([1, 2])), len(Sub([1])), Sub([1]) == [1])


class StrSub(str):
    def __len__(self):
        return 5


print(bool(StrSub("")), len(StrSub("")))


class LenFromIndex:
    def __len__(self):
        class I:
            def __index__(self):
                return 0
        return I()


print(bool(LenFromIndex()))
x = [Bag(), Bag(0)]
print([i for i, v in enumerate(x) if v], sum(1 for v in x if not v))
