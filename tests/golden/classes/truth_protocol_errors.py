# Truth testing errors: __bool__ must return bool, __len__ must be a non-negative index.
class B:
    def __init__(self, result):
        self.result = result

    def __bool__(self):
        return self.result


class L:
    def __init__(self, result):
        self.result = result

    def __len__(self):
        return self.result


for value in [True, False, 1, 0, None, "yes", 1.0]:
    try:
        print("bool", repr(value), bool(B(value)))
    except TypeError as e:
        print("bool", repr(value), type(e).__name__, e)

for value in [0, 3, True, -1, 1.5, "2", 2**70, -(2**70)]:
    try:
        print("len", repr(value), bool(L(value)), len(L(value)))
    except (TypeError, ValueError, OverflowError) as e:
        print("len", repr(value), type(e).__name__, e)


class IndexLen:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


for n in [0, 4, -2]:
    try:
        print("len via __index__", bool(L(IndexLen(n))), len(L(IndexLen(n))))
    except ValueError as e:
        print(type(e).__name__, e)

for where in ["if", "not", "while", "and", "or", "ternary", "assert", "any", "filter"]:
    bad = B(2)
    try:
        if where == "if":
            if bad:
                pass
        elif where == "not":
            not bad
        elif where == "while":
            while bad:
                break
        elif where == "and":
            bad and 1
        elif where == "or":
            bad or 1
        elif where == "ternary":
            1 if bad else 2
        elif where == "assert":
            assert bad
        elif where == "any":
            any([bad])
        else:
            list(filter(None, [bad]))
        print(where, "no error")
    except TypeError as e:
        print(where, type(e).__name__, e)

print(B(1) and "x" if False else "short-circuit value:", (B(True) or 0).result)


class BoolNone:
    __bool__ = None

    def __len__(self):
        return 1


try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)


class Raising:
    def __bool__(self):
        raise KeyError("inside __bool__")


try:
    if Raising():
        pass
except KeyError as e:
    print(type(e).__name__, e)


class BoolSub(int):
    def __bool__(self):
        return True


print(bool(BoolSub(0)), BoolSub(0) == 0, not BoolSub(0))


class LenAndBool:
    def __len__(self):
        raise AssertionError("__len__ must not be consulted")

    def __bool__(self):
        return False


print(bool(LenAndBool()), [x for x in [LenAndBool()] if x])
