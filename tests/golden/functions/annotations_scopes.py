# Where annotations are evaluated: class bodies, nested functions, decorators first, defaults.
order = []


def note(label, value):
    order.append(label)
    return value


def deco(f):
    order.append("decorator applied")
    return f


@note("decorator expr", deco)
def f(a: note("ann a", int) = note("default a", 1), *, b: note("ann b", str) = note("default b", "x")) -> note("ann ret", None):
    pass


print(order)
print(f.__annotations__, f.__defaults__, f.__kwdefaults__)


class Config:
    Kind = str
    name: Kind = "cfg"

    def rename(self, new: Kind) -> "Config":
        return self

    class Inner:
        size: int

        def grow(self, by: int = 1) -> "Config.Inner":
            return self


print(Config.__annotations__, Config.rename.__annotations__, Config.Inner.__annotations__)
print(Config.Inner.grow.__annotations__, "Kind" in Config.__dict__)


def factory(kind):
    def make(x: kind) -> list[kind]:
        return [x]

    return make


print(factory(int).__annotations__, factory(str).__annotations__)


class NoAnnotations:
    x = 1


print(hasattr(NoAnnotations, "__annotations__") and NoAnnotations.__annotations__ == {}, "__annotations__" in NoAnnotations.__dict__)


class Conditional:
    if True:
        a: int
    else:
        b: str
    for _i in range(2):
        c: float = 1.0


print(Conditional.__annotations__, Conditional.c)


class Complex:
    obj = type("O", (), {})()
    obj.attr: int = 5
    items = [0]
    items[0]: str = "x"
    (paren): bool = True


print(Complex.__annotations__, Complex.obj.attr, Complex.items, Complex.paren)
lam = lambda x, y=2: x
print(lam.__annotations__)


def annotated_star(*args: "Positional", **kwargs: "Keywords") -> "Result":
    pass


print(annotated_star.__annotations__)
