# A pure-Python reimplementation of property that behaves like the built-in.
class Prop:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = fget.__doc__
        self.__doc__ = doc
        self._name = ""

    def __set_name__(self, owner, name):
        self._name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise AttributeError("property '" + self._name + "' has no getter")
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError("property '" + self._name + "' has no setter")
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise AttributeError("property '" + self._name + "' has no deleter")
        self.fdel(obj)

    def getter(self, fget):
        prop = type(self)(fget, self.fset, self.fdel, self.__doc__)
        prop._name = self._name
        return prop

    def setter(self, fset):
        prop = type(self)(self.fget, fset, self.fdel, self.__doc__)
        prop._name = self._name
        return prop

    def deleter(self, fdel):
        prop = type(self)(self.fget, self.fset, fdel, self.__doc__)
        prop._name = self._name
        return prop


class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0
        self.history = []

    @Prop
    def balance(self):
        "Current balance."
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self.history.append(value)
        self._balance = value

    @balance.deleter
    def balance(self):
        self.history.append("reset")
        self._balance = 0

    @Prop
    def label(self):
        return self.owner.upper()

    writeonly = Prop(None, lambda self, v: self.history.append(("w", v)))


acct = Account("bob")
print(acct.balance, acct.label)
acct.balance = 50
acct.balance = 75
print(acct.balance, acct.history)
try:
    acct.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
del acct.balance
print(acct.balance, acct.history)
for action in ["set", "del"]:
    try:
        if action == "set":
            acct.label = "x"
        else:
            del acct.label
    except AttributeError as e:
        print(type(e).__name__, e)
acct.writeonly = 7
print(acct.history[-1])
try:
    acct.writeonly
except AttributeError as e:
    print(type(e).__name__, e)

# data descriptor beats __dict__ like a real property
acct.__dict__["balance"] = 999
print(acct.balance)

# class access gives the descriptor itself with its doc
print(type(Account.balance).__name__, Account.balance.__doc__, Account.label.__doc__)
print(Account.balance._name, Account.writeonly._name)


# subclassing the clone
class LoggedProp(Prop):
    def __get__(self, obj, objtype=None):
        if obj is not None:
            print("get", self._name)
        return super().__get__(obj, objtype)


class Thing:
    def __init__(self):
        self._v = 1

    @LoggedProp
    def v(self):
        return self._v

    @v.setter
    def v(self, new):
        self._v = new


t = Thing()
print(t.v)
t.v = 2
print(t.v, type(Thing.__dict__["v"]).__name__)


# side by side with the built-in
class Both:
    def __init__(self):
        self.n = 0

    def _g(self):
        return self.n

    builtin = property(_g)
    clone = Prop(_g)


bo = Both()
bo.n = 4
print(bo.builtin, bo.clone)
for name in ["builtin", "clone"]:
    try:
        setattr(bo, name, 1)
    except AttributeError as e:
        print(name, type(e).__name__)
