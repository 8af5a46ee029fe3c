# Binding errors name the method's qualified name; positional-only and keyword-only in methods.
class Account:
    def __init__(self, owner, /, balance=0, *, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency

    def deposit(self, amount, /, *, note=None):
        self.balance += amount
        return self.balance, note

    @classmethod
    def open(cls, owner, *, initial):
        return cls(owner, initial)

    @staticmethod
    def validate(amount, /):
        return amount > 0


acct = Account("ann", 10)
print(acct.deposit(5), acct.deposit(1, note="gift"), Account.open("bob", initial=3).balance)
print(Account.validate(3), acct.validate(-1))
cases = [
    lambda: Account(owner="x"),
    lambda: Account("x", 1, "USD"),
    lambda: Account(),
    lambda: acct.deposit(amount=3),
    lambda: acct.deposit(1, "note"),
    lambda: acct.deposit(),
    lambda: acct.deposit(1, colour="red"),
    lambda: Account.open("c", 5),
    lambda: Account.open("c"),
    lambda: Account.validate(amount=1),
    lambda: Account.validate(),
    lambda: Account.deposit(5),
    lambda: Account.deposit(),
    lambda: acct.deposit(1, note=1, note2=2),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)


def mixed(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f


print(mixed(1, 2, 3, e=5), mixed(1, 2, c=3, d=0, e=5, f=7))
for case in [lambda: mixed(1, 2, 3), lambda: mixed(1, b=2, c=3, e=5), lambda: mixed(1, 2, 3, 4, 5, e=1),
             lambda: mixed(1, 2, 3, c=3, e=5), lambda: mixed(1, 2, 3, e=5, g=1), lambda: mixed(1)]:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)


def posonly_and_kwargs(name, /, **kw):
    return name, kw


print(posonly_and_kwargs("pos", name="kw"))


def many_missing(a, b, c, *, x, y):
    pass


for case in [lambda: many_missing(), lambda: many_missing(1), lambda: many_missing(1, 2, 3),
             lambda: many_missing(1, 2, 3, x=1)]:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)
lam = lambda a, /, b: (a, b)
try:
    lam(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
