# Names a custom __prepare__ namespace supplies are visible to the class body (LOAD_NAME).
class Injecting(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"helper": lambda v: v * 10, "origin": name}


class UsesInjected(metaclass=Injecting):
    value = helper(4)
    label = origin + "!"


print(UsesInjected.value, UsesInjected.label, "helper" in UsesInjected.__dict__)


class Lookups(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:]
        raise KeyError(key)


class Auto(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Lookups()


class Magic(metaclass=Auto):
    a = auto_first
    b = len("xyz")


print(Magic.a, Magic.b)
