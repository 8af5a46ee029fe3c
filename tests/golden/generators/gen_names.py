# __name__ and __qualname__ of generator objects, and their type.


def simple():
    yield 1


class Container:
    def items(self):
        yield "method"

    @staticmethod
    def static_gen():
        yield "static"

    @classmethod
    def class_gen(cls):
        yield cls.__name__

    class Inner:
        def deep(self):
            yield "deep"


def outer():
    def inner_gen():
        yield "inner"

    return inner_gen()


gens = [
    simple(),
    Container().items(),
    Container.static_gen(),
    Container.class_gen(),
    Container.Inner().deep(),
    outer(),
    (x for x in range(3)),
    (lambda: (yield "from lambda"))(),
]
for g in gens:
    print(g.__name__, "|", g.__qualname__)


def make_genexpr():
    return (c for c in "ab")


ge = make_genexpr()
print(ge.__name__, ge.__qualname__)

# The type of every generator object.
print(type(simple()).__name__, type(simple()) is type(ge))
print(type(simple).__name__)
print(isinstance(ge, type(simple())))

# The function keeps its own names; each generator reports them.
g = simple()
print(g.__name__, g.__qualname__, simple.__name__, simple.__qualname__)

# Attributes a generator does not have.
try:
    g.no_such_attribute
except AttributeError as e:
    print(type(e).__name__, e)

# repr contains the qualname (the address is not printed).
r = repr(Container().items())
print(r.startswith("<generator object Container.items at 0x"), r.endswith(">"))

# Generator functions are ordinary functions.
print(callable(simple), callable(simple()))
print(hasattr(simple(), "__next__"), hasattr(simple(), "__iter__"), hasattr(simple(), "send"))
it = simple()
print(iter(it) is it)
