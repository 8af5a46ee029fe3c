# __format__: format specs reach the object; f-string conversions and str.format fields.
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return f"{self.cents // 100}{self.currency[0]}"
        if spec.startswith("w"):
            width = int(spec[1:])
            return f"{self.cents / 100:.2f}".rjust(width, ".")
        return format(self.cents / 100, spec) + " " + self.currency

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"


m = Money(123456)
print(f"{m}", f"{m:short}", f"{m:w12}", f"{m:,.1f}", f"{m!r}", f"{m!s:>20}|")
print(format(m), format(m, "short"), "{0:short} {0!r} {0}".format(m))
print("{m.currency} {m.cents:08d} {m:>9.0f}".format(m=m))
width = 8
print(f"{m:w{width}}", f"{m:{'short'}}")
print("{:{}}".format(m, "w10"))
items = [Money(5), Money(250, "USD")]
print("{0[1]:short} {0[0]!r}".format(items))


class NoFormat:
    def __str__(self):
        return "NoFormat-str"


n = NoFormat()
print(format(n), f"{n}", f"{n!s}", "{}".format(n))
for spec in [">10", "s", "d"]:
    try:
        print(format(n, spec))
    except TypeError as e:
        print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    format(BadFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)


class Echo:
    def __format__(self, spec):
        return f"<{spec}>"


e = Echo()
print(f"{e:}", f"{e:abc}", f"{e: >5}", f"{e:%Y-%m}", "{:x!y}".format(e))
print(format(e, ""), format(e, "{}"))
try:
    format(e, 5)
except TypeError as err:
    print(type(err).__name__, err)


class IntLike(int):
    def __format__(self, spec):
        return "IntLike:" + super().__format__(spec)


print(f"{IntLike(255):x}", f"{IntLike(7):>4}", format(IntLike(3)))
print(object.__format__(m, ""))
try:
    object.__format__(m, "x")
except TypeError as err:
    print(type(err).__name__, err)
