# Function annotations: evaluated at `def` time in the enclosing scope, stored in
# __annotations__ in CPython's order; module and class annotations.
counter = []


def tag(name):
    counter.append(name)
    return name


def f(a: tag("a"), /, b: tag("b") = 1, *rest: tag("rest"), k: tag("k"), **kw: tag("kw")) -> tag("ret"):
    return a


print(f.__annotations__)
print(counter)


def plain(x, y=2):
    return x + y


print(plain.__annotations__, plain.__defaults__, plain.__kwdefaults__)
plain.__annotations__["x"] = int
print(plain.__annotations__)


def outer():
    Local = list

    def inner(v: Local, w: "Forward") -> Local:
        return [v, w]

    return inner


print(outer().__annotations__)


class Shape:
    sides: int = 0
    name: str

    def area(self, scale: float = 1.0) -> float:
        return 0.0


print(Shape.__annotations__, Shape.area.__annotations__)
print(Shape.area.__defaults__, Shape.sides)

total: int = 10
label: "str"
print(__annotations__)
try:
    print(label)
except NameError as e:
    print(type(e).__name__, e, total)


def kwonly(*, a: int = 1, b: str = "x", c: bool):
    pass


print(kwonly.__annotations__, kwonly.__kwdefaults__)
kwonly.__annotations__ = {"z": complex}
print(kwonly.__annotations__)
kwonly.__defaults__ = (5,)
print(kwonly.__defaults__)
try:
    kwonly.__annotations__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda x, y=3: x
print(lam.__annotations__, lam.__defaults__)


def uses_annotation_names():
    # A local annotation is never evaluated.
    value: undefined_name = 3
    return value


print(uses_annotation_names())
