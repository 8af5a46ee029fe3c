# Truth testing: __bool__ first, then __len__, else always true; error cases.
class Always:
    pass


class WithBool:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print("  __bool__")
        return self.b


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__")
        return self.n


class Both:
    def __bool__(self):
        print("  both __bool__")
        return False

    def __len__(self):
        print("  both __len__")
        return 5


print(bool(Always()), not Always())
print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)))
print(bool(Both()), len(Both()))

# in control flow
for obj in [WithBool(False), WithLen(2)]:
    if obj:
        print("truthy")
    else:
        print("falsy")
n = WithLen(1)
count = 0
while n:
    n.n -= 1
    count += 1
print("loop ran", count)
print(WithBool(True) and "and-result", WithLen(0) or "or-result")
print([x for x in [WithLen(0), WithLen(1)] if x].__len__())
print("ternary", "T" if WithBool(False) else "F")
print(all([WithLen(1), WithBool(True)]), any([WithLen(0), WithBool(False)]))

# and/or return the operand, not a bool
w = WithLen(0)
print((w or 1), (w and 1) is w)

# errors
class BoolInt:
    def __bool__(self):
        return 1


class LenNeg:
    def __len__(self):
        return -1


class LenStr:
    def __len__(self):
        return "3"


class LenBig:
    def __len__(self):
        return 2 ** 100


class LenBool:
    def __len__(self):
        return True


for cls in [BoolInt, LenNeg, LenStr, LenBig]:
    obj = cls()
    try:
        if obj:
            print(cls.__name__, "true")
    except (TypeError, ValueError, OverflowError) as e:
        print(cls.__name__, type(e).__name__, e)
for cls in [LenNeg, LenStr, LenBig, LenBool]:
    try:
        print(cls.__name__, len(cls()))
    except (TypeError, ValueError, OverflowError) as e:
        print(cls.__name__, type(e).__name__, e)

# __bool__ = None makes truth testing fail
class NoBool:
    __bool__ = None


try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)

# len() on objects without __len__
try:
    len(Always())
except TypeError as e:
    print(type(e).__name__, e)


# __len__ returning an __index__ object
class Idx:
    def __index__(self):
        return 4


class LenIdx:
    def __len__(self):
        return Idx()


print(len(LenIdx()), bool(LenIdx()))


# __bool__ inherited and overridden
class Parent:
    def __bool__(self):
        return False


class Kid(Parent):
    pass


class Kid2(Parent):
    def __len__(self):
        return 10


print(bool(Kid()), bool(Kid2()))

# __bool__ added to the class after instances exist
class Late:
    pass


late = Late()
print(bool(late))
Late.__bool__ = lambda self: False
print(bool(late))
del Late.__bool__
Late.__len__ = lambda self: 0
print(bool(late))
