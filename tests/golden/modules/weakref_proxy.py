# weakref.proxy: forwarding attributes and operators; ReferenceError once the referent dies.
import weakref


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, n):
        self.balance += n
        return self.balance

    def __str__(self):
        return f"Account({self.owner})"

    def __len__(self):
        return self.balance

    def __getitem__(self, i):
        return self.owner[i]

    def __add__(self, other):
        return self.balance + other

    def __eq__(self, other):
        return isinstance(other, Account) and self.owner == other.owner

    __hash__ = object.__hash__


a = Account("ann", 10)
p = weakref.proxy(a)
print(p.owner, p.deposit(5), a.balance, str(p), len(p), p[0], p + 1)
p.owner = "bob"
print(a.owner, p == a, p == Account("bob", 0), bool(p))
print(type(p).__name__, type(p) is weakref.ProxyType, weakref.proxy(a) is p)
print(repr(p) == f"<weakproxy at {hex(id(p))} to Account at {hex(id(a))}>")
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
del p.owner
print(hasattr(a, "owner"))


def greet(name):
    return "hi " + name


g = weakref.proxy(greet)
print(type(g).__name__, g("x"), isinstance(g, weakref.ProxyTypes))

log = []
p2 = weakref.proxy(a, lambda pr: log.append(type(pr).__name__))
print(weakref.getweakrefcount(a))
del a
print(log)
for attempt in [lambda: p.balance, lambda: p.deposit(1), lambda: str(p2), lambda: len(p), lambda: p + 1]:
    try:
        attempt()
    except ReferenceError as e:
        print(type(e).__name__, e)
try:
    p.x = 1
except ReferenceError as e:
    print(type(e).__name__, e)
print(issubclass(ReferenceError, Exception))
print(repr(p) == f"<weakproxy at {hex(id(p))} to NoneType at {hex(id(None))}>")
