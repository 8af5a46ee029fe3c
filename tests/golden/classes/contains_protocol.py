# `in`: __contains__, else __iter__, else legacy __getitem__; result coerced with bool().
class WithContains:
    def __init__(self, answer):
        self.answer = answer
        self.asked = []

    def __contains__(self, item):
        self.asked.append(item)
        return self.answer


c = WithContains("non-empty string")
print(3 in c, 3 not in c, c.asked)
for answer in [0, [], [0], None, 2.5]:
    print(repr(answer), 1 in WithContains(answer))


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


try:
    1 in WithContains(BadBool())
except ValueError as e:
    print(type(e).__name__, e)


class IterOnly:
    def __init__(self, items):
        self.items = items
        self.steps = 0

    def __iter__(self):
        for x in self.items:
            self.steps += 1
            yield x


io = IterOnly([1, 2, 3, 4])
print(2 in io, io.steps, 9 in io, io.steps)


class GetitemOnly:
    def __init__(self, n):
        self.n = n
        self.seen = []

    def __getitem__(self, i):
        self.seen.append(i)
        if i >= self.n:
            raise IndexError(i)
        return i * i


go = GetitemOnly(5)
print(9 in go, go.seen, 10 in go, go.seen[-1])


class Eq:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print(f"  Eq({self.tag}).__eq__")
        return False


e = Eq("x")
print(e in [Eq("a"), e], e in (Eq("b"),), e in {1: 2}.keys())
nan = float("nan")
print(nan in [nan], nan in [float("nan")], [nan] == [nan])


class NotContainer:
    pass


for thunk in [lambda: 1 in NotContainer(), lambda: 1 in 5, lambda: "a" in None]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)


class ContainsNone:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)


class IterNone:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    1 in IterNone()
except TypeError as e:
    print(type(e).__name__, e)

for thunk in [lambda: [1] in {1: 2}, lambda: {} in {1}, lambda: 1 in "abc", lambda: b"ab" in "ab"]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print("b" in "abc", "" in "", b"b" in b"abc", 98 in b"abc", 3 in range(0, 10, 3), 3.0 in range(4))
