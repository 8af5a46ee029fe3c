# Name resolution inside class bodies: namespace first, then globals and builtins (LOAD_NAME).
x = "global x"
len_calls = []


class Shadowing:
    y = x
    x = "class x"
    z = x
    print_ = print

    def method(self):
        return x


print(Shadowing.y, Shadowing.z, Shadowing().method())


class UsesBuiltin:
    n = len("abcd")
    len = lambda s: -1
    m = len("abcd")


print(UsesBuiltin.n, UsesBuiltin.m)


def make(value):
    class Inner:
        captured = value
        doubled = [value] * 2

        def get(self):
            return value

    return Inner


Inner = make(7)
print(Inner.captured, Inner.doubled, Inner().get())


def closure_and_class_name():
    v = "closure v"

    class K:
        v = "class v"
        seen = v

        def method(self):
            return v

    return K.seen, K().method()


print(closure_and_class_name())


class Deleted:
    tmp = 1
    del tmp
    try:
        tmp
    except NameError as e:
        err = str(e)


print(Deleted.err, hasattr(Deleted, "tmp"))


class Comprehensions:
    base = 10
    items = [i for i in range(3)]
    try:
        scaled = [i * base for i in range(3)]
    except NameError as e:
        scaled = f"NameError: {e}"


print(Comprehensions.items, Comprehensions.scaled)


class Counter(dict):
    def __missing__(self, key):
        if key == "magic":
            return 42
        raise KeyError(key)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Counter()


class FromMissing(metaclass=Meta):
    value = magic
    text = str(value)


print(FromMissing.value, FromMissing.text)
try:
    class Missing(metaclass=Meta):
        value = not_defined_anywhere
except NameError as e:
    print(type(e).__name__, e)


class Conditional:
    if x.startswith("global"):
        branch = "global branch"
    else:
        branch = "other"
    for i in range(3):
        pass
    last = i


print(Conditional.branch, Conditional.last, Conditional.i)
