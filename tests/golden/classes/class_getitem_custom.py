# __class_getitem__: an implicit classmethod returning anything; precedence under metaclass __getitem__.
class Registry:
    calls = []

    def __class_getitem__(cls, item):
        cls.calls.append(item)
        return f"{cls.__name__}[{item!r}]"


print(Registry[int], Registry["key"], Registry[1, 2], Registry[:3], Registry.calls)
print(type(Registry.__dict__["__class_getitem__"]).__name__)


class Sub(Registry):
    pass


print(Sub[str])


class Typed:
    def __class_getitem__(cls, item):
        name = item.__name__ if isinstance(item, type) else repr(item)

        class Specialised(cls):
            item_type = item

            def check(self, value):
                if not isinstance(value, item):
                    raise TypeError(f"expected {name}, got {type(value).__name__}")
                return value

        Specialised.__name__ = f"{cls.__name__}[{name}]"
        return Specialised


IntBox = Typed[int]
print(IntBox.__name__, IntBox.item_type, IntBox().check(3), issubclass(IntBox, Typed))
try:
    IntBox().check("x")
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __getitem__(cls, item):
        return f"Meta.__getitem__({item})"


class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"


print(Both[1])


class NoHook:
    pass


for thunk in [lambda: NoHook[int], lambda: NoHook()[0], lambda: object[int]]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)


class InstanceGetitem:
    def __getitem__(self, item):
        return "instance"

    def __class_getitem__(cls, item):
        return "class"


print(InstanceGetitem()[0], InstanceGetitem[0])


class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return ("explicit classmethod", cls.__name__, item)


print(Explicit[5])


class NotCallable:
    __class_getitem__ = 42


try:
    NotCallable[1]
except TypeError as e:
    print(type(e).__name__, e)
