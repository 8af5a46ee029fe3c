# A metaclass overriding mro(): type_new uses its result as __mro__ (mro_internal).
class ReversedMeta(type):
    def mro(cls):
        default = super().mro()
        return [default[0]] + default[1:-1][::-1] + [object]


class R1: 
    def who(self):
        return "R1"


class R2:
    def who(self):
        return "R2"


class Custom(R1, R2, metaclass=ReversedMeta):
    pass


print([c.__name__ for c in Custom.__mro__], Custom().who())
print(Custom.mro() == list(Custom.__mro__))


# A subclass of Custom gets the metaclass, so its MRO is computed by the override too.
class Sub(Custom):
    pass


print([c.__name__ for c in Sub.__mro__])
print(type.mro(Sub) == list(Sub.__mro__), [c.__name__ for c in type.mro(Sub)])


# The override's result is checked.
class BadMeta(type):
    def mro(cls):
        return [cls, 42, object]


try:
    class Bad(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


class LayoutMeta(type):
    def mro(cls):
        return [cls, int, object]


try:
    class Clash(list, metaclass=LayoutMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


# An override that returns a tuple, and one computing from __bases__.
class TupleMeta(type):
    def mro(cls):
        return tuple(super().mro())


class T(R1, metaclass=TupleMeta):
    pass


print([c.__name__ for c in T.__mro__], T().who())
