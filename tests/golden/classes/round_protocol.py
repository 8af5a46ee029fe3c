# round(): __round__ with and without ndigits, built-in rounding rules, and errors.
class Money:
    def __init__(self, amount):
        self.amount = amount

    def __round__(self, ndigits=None):
        if ndigits is None:
            return int(self.amount + 0.5)
        return Money(round(self.amount, ndigits))

    def __repr__(self):
        return f"Money({self.amount})"


m = Money(12.3456)
print(round(m), round(m, 2), round(m, 0), round(m, -1), round(m, None), round(m, ndigits=1))


class Recorder:
    def __round__(self, *args):
        return args


r = Recorder()
print(round(r), round(r, 3), round(r, None), round(r, "digits"))


class NoRound:
    pass


for thunk in [lambda: round(NoRound()), lambda: round(NoRound(), 2), lambda: round("1.5"),
              lambda: round(1.5, 1.0), lambda: round(1, "2"), lambda: round()]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)

print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675)])
print(round(2.675, 2), round(1234.5678, -2), round(-1234, -2), round(1250, -2), round(1350, -2))
print(round(7), round(7, 2), round(-15, -1), round(25, -1), round(True), round(True, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(3, 1)).__name__)
print(round(1e300, -299), round(0.1 + 0.2, 15), round(5e-324, 400), round(123.456, -400))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(bad, 2))


class IntSub(int):
    pass


class FloatSub(float):
    def __round__(self, ndigits=None):
        return "FloatSub.__round__"


print(round(IntSub(15), -1), type(round(IntSub(15), -1)).__name__, round(FloatSub(1.5)))


class RoundNone:
    __round__ = None


try:
    round(RoundNone())
except TypeError as e:
    print(type(e).__name__, e)


class Raising:
    def __round__(self, n=None):
        raise ArithmeticError(f"cannot round to {n}")


try:
    round(Raising(), 4)
except ArithmeticError as e:
    print(type(e).__name__, e)
