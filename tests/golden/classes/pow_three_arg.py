# pow() with a modulus reaches __pow__(exp, mod); __rpow__ is never tried for three arguments.
class ModNum:
    def __init__(self, v):
        self.v = v

    def __pow__(self, exp, mod=None):
        if isinstance(exp, ModNum):
            exp = exp.v
        if mod is None:
            return ModNum(self.v ** exp)
        if isinstance(mod, ModNum):
            mod = mod.v
        return ModNum(pow(self.v, exp, mod))

    def __rpow__(self, base, mod=None):
        return ModNum(base ** self.v) if mod is None else "rpow-with-mod"

    def __ipow__(self, exp):
        self.v = self.v ** exp
        return self

    def __repr__(self):
        return f"ModNum({self.v})"


print(pow(ModNum(3), 4), ModNum(3) ** 4, pow(ModNum(3), 4, 5), pow(ModNum(2), ModNum(10), ModNum(1000)))
print(2 ** ModNum(5), pow(2, ModNum(5)))
try:
    print(pow(2, ModNum(5), 7))
except TypeError as e:
    print(type(e).__name__, e)
m = ModNum(2)
m **= 3
print(m)
print(pow(ModNum(7), exp=2, mod=10), pow(base=ModNum(7), exp=2))


class TwoArgOnly:
    def __pow__(self, other):
        return "two"


print(TwoArgOnly() ** 2, pow(TwoArgOnly(), 2))
try:
    pow(TwoArgOnly(), 2, 3)
except TypeError as e:
    print(type(e).__name__, e)


class NoPow:
    pass


for thunk in [lambda: NoPow() ** 2, lambda: 2 ** NoPow(), lambda: pow(NoPow(), 2, 3), lambda: pow(2, 3, NoPow())]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)

print(pow(3, 4, 5), pow(-2, 3, 7), pow(2, -1, 7), pow(38, -1, 97))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(2 ** -2, (-8) ** (1 / 3) == (-8) ** (1 / 3), 0 ** 0, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)


class NotImplPow:
    def __pow__(self, exp, mod=None):
        return NotImplemented


try:
    pow(NotImplPow(), 2, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotImplPow() ** 2
except TypeError as e:
    print(type(e).__name__, e)
