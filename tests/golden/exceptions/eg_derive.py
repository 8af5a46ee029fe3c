# Subclasses of ExceptionGroup: derive() decides the type of the parts.

class Plain(ExceptionGroup):
    pass


class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def __init__(self, message, excs, tag):
        super().__init__(message, excs)

    def derive(self, excs):
        return Tagged(self.message, excs, self.tag + "'")


p = Plain("plain", [ValueError(1), TypeError(2)])
print(type(p).__name__, isinstance(p, ExceptionGroup), str(p))
m, r = p.split(ValueError)
# Without its own derive(), parts are plain ExceptionGroups.
print(type(m).__name__, repr(m), type(r).__name__)

t = Tagged("tagged", [ValueError(1), TypeError(2), Tagged("deep", [ValueError(3)], "d")], "t")
print(t.tag, repr(t))
m, r = t.split(ValueError)
print(type(m).__name__, m.tag, repr(m))
print(type(r).__name__, r.tag, repr(r))
print(m.exceptions[1].tag)

print(repr(p.derive([KeyError("x")])))
print(type(t.derive([KeyError("x")])).__name__)


class Broken(ExceptionGroup):
    def derive(self, excs):
        return "not a group"


b = Broken("broken", [ValueError(), TypeError()])
try:
    b.split(ValueError)
except TypeError as e:
    print("derive:", e)


class BaseOnly(BaseExceptionGroup):
    pass


bo = BaseOnly("mixed", [ValueError(), KeyboardInterrupt()])
print(type(bo).__name__, isinstance(bo, Exception))


class NotBase(ExceptionGroup):
    pass


try:
    NotBase("mixed", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

# A subclass group is caught by except* as a whole only through except.
try:
    raise Tagged("raised", [ValueError("v")], "r")
except ExceptionGroup as e:
    print("caught", type(e).__name__, e.tag)
