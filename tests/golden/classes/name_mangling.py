# Private name mangling in classes: __names become _Class__names.
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

    def __private_method(self):
        return "private"

    def call_private(self):
        return self.__private_method()

    def __dunder__(self):
        return "dunders are not mangled"


acc = Account("ann")
print(acc.owner(), Account.count(), acc.call_private(), acc.__dunder__())
print(sorted(acc.__dict__))
print(acc._Account__owner, acc._Account__private_method())
try:
    acc.__owner
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Account, "_Account__count"), hasattr(Account, "__count"))


# subclasses do not clash with the parent's private names
class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner)
        self.__owner = "savings-" + owner
        self.__rate = rate

    def both(self):
        return self.__owner, self.owner()


sv = Savings("bob", 2)
print(sv.both(), sorted(sv.__dict__))


# mangling applies inside nested functions, comprehensions, getattr strings do not
class Inner:
    def __init__(self):
        self.__v = 5

    def via_lambda(self):
        f = lambda: self.__v
        return f()

    def via_comp(self):
        return [self.__v for _ in range(2)]

    def via_getattr(self):
        return getattr(self, "__v", "not found by string")

    def via_getattr_mangled(self):
        return getattr(self, "_Inner__v")


i = Inner()
print(i.via_lambda(), i.via_comp(), i.via_getattr(), i.via_getattr_mangled())


# leading underscores in the class name are stripped
class _Hidden:
    def __init__(self):
        self.__x = 1


class __Double:
    def __init__(self):
        self.__y = 2


print(sorted(_Hidden().__dict__), sorted(__Double().__dict__))


# names with trailing double underscores or just underscores are not mangled
class Edge:
    def __init__(self):
        self.__a__ = 1
        self.__b_ = 2
        self.___c = 3
        self._d = 4


print(sorted(Edge().__dict__))


# mangling in a nested class uses the innermost class name
class Outer:
    class Nested:
        def __init__(self):
            self.__z = 0


print(sorted(Outer.Nested().__dict__))


# mangled global-looking names inside a class body
__module_level = "module value"


class UsesGlobal:
    def get(self):
        try:
            return __module_level
        except NameError as e:
            return "NameError: " + str(e)


print(UsesGlobal().get())
