# Sequence patterns: lists, tuples, ranges match; str, bytes, bytearray, dict, set do not.
def kind(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case [a, *rest]:
            return f"many: {a!r} then {len(rest)}"
        case _:
            return "not a sequence"


for v in [[], (), [1], (1,), range(1), [1, 2], (1, 2), range(2), [1, 2, 3], range(10),
          "", "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 5, None, memoryview(b"xy")]:
    print(type(v).__name__, kind(v))

match (1, [2, 3], (4, 5, 6)):
    case (a, [b, c], (d, *e)):
        print(a, b, c, d, e)
match [1, 2, 3, 4, 5]:
    case [first, *middle, last]:
        print(first, middle, last)
match [1, 2, 3, 4, 5]:
    case [*_, 4, last]:
        print("ends", last)
match [1, 2]:
    case [1, 2, *_, 3]:
        print("no")
    case [*_, x, y]:
        print("two at least", x, y)
match list(range(3)):
    case (0, 1, 2):
        print("tuple pattern matches a list")
match (0, 1):
    case [0, 1]:
        print("list pattern matches a tuple")
