# __index__: used by slicing, indexing, range, hex/bin/oct, repetition and int(); errors.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f"Idx({self.n})"


data = list(range(10))
print(data[Idx(3)], data[Idx(-1)], data[Idx(2):Idx(5)], data[::Idx(3)], "abcdef"[Idx(1)])
print(range(Idx(5)), list(range(Idx(1), Idx(7), Idx(2))), range(10)[Idx(4)])
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), [0] * Idx(3), Idx(2) * "ab", b"x" * Idx(2))
print(int(Idx(12)), float(Idx(7)) if hasattr(float, "__index__") else float(Idx(7)), complex(Idx(2)))
print((1, 2, 3)[Idx(0)], bytearray(b"abc")[Idx(1)], "{0[1]}".format([5, 6]))
print(round(2.5, Idx(0)), round(3.14159, Idx(2)), chr(Idx(65)), format(Idx(7), "b") if False else "fmt skipped")
lst = [1, 2, 3, 4]
lst[Idx(0)] = "first"
del lst[Idx(1)]
lst[Idx(1):Idx(2)] = ["x", "y"]
print(lst, lst.pop(Idx(0)), lst.index("y", Idx(0)), lst.insert(Idx(0), 0), lst)
print(slice(Idx(1), Idx(5)).indices(Idx(3)), isinstance(Idx(1), int))


class BadIndex:
    def __init__(self, result):
        self.result = result

    def __index__(self):
        return self.result


for result in [1.5, "3", None, True]:
    for label, thunk in [("list", lambda: data[BadIndex(result)]), ("range", lambda: range(BadIndex(result))),
                         ("hex", lambda: hex(BadIndex(result)))]:
        try:
            print(label, repr(result), thunk())
        except TypeError as e:
            print(label, repr(result), type(e).__name__, e)


class IntSub(int):
    pass


class ReturnsIntSub:
    def __index__(self):
        return IntSub(4)


r = ReturnsIntSub()
print(data[r], hex(r), range(r))


class NoIndex:
    def __int__(self):
        return 3


for label, thunk in [("list", lambda: data[NoIndex()]), ("slice", lambda: data[NoIndex():]),
                     ("range", lambda: range(NoIndex())), ("hex", lambda: hex(NoIndex())),
                     ("mul", lambda: [1] * NoIndex()), ("str idx", lambda: "ab"[1.0]),
                     ("tuple", lambda: (1,)["0"]), ("chr", lambda: chr(NoIndex()))]:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, type(e).__name__, e)

print(int(NoIndex()))
big = Idx(2**70)
for label, thunk in [("list", lambda: data[big]), ("range len", lambda: len(range(big))),
                     ("mul", lambda: [0] * big), ("slice", lambda: data[big:])]:
    try:
        print(label, thunk())
    except (IndexError, OverflowError, MemoryError) as e:
        print(label, type(e).__name__, e)
print(hex(big), range(big)[-1] == 2**70 - 1)
