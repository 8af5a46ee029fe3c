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
