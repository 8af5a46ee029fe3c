# __name__, __qualname__, __module__, __doc__ of functions, methods, lambdas and nested defs.
def top():
    """Top-level docstring."""

    def inner():
        def innermost():
            pass
        return innermost

    return inner


class Outer:
    def method(self):
        def local():
            pass
        return local

    class Nested:
        def deep(self):
            pass

    @staticmethod
    def smeth():
        pass

    @classmethod
    def cmeth(cls):
        pass

    lam = lambda self: None


for f in [top, top(), top()(), Outer.method, Outer().method(), Outer.Nested.deep, Outer.smeth,
          Outer.cmeth, Outer.lam, lambda: 0]:
    print(f"{f.__name__:10} {f.__qualname__:32} {f.__module__}")
print(top.__doc__, Outer.method.__doc__, (lambda: 0).__doc__)
print(Outer.__qualname__, Outer.Nested.__qualname__, Outer.Nested.__name__, Outer.__module__)


def renamed():
    pass


renamed.__name__ = "new_name"
renamed.__qualname__ = "Some.new_name"
renamed.__doc__ = "assigned doc"
renamed.__module__ = "elsewhere"
print(renamed.__name__, renamed.__qualname__, renamed.__doc__, renamed.__module__)
for attr, value in [("__name__", 5), ("__qualname__", None), ("__name__", b"x")]:
    try:
        setattr(renamed, attr, value)
    except TypeError as e:
        print(attr, type(e).__name__, e)
renamed.__doc__ = None
renamed.__module__ = 42
print(renamed.__doc__, renamed.__module__)
for attr in ["__name__", "__qualname__"]:
    try:
        delattr(renamed, attr)
    except TypeError as e:
        print(attr, type(e).__name__, e)
del renamed.__doc__
print(renamed.__doc__)


def make():
    def closure():
        return 1
    return closure


a, b = make(), make()
print(a.__qualname__, a is b, a.__code__ is b.__code__ if hasattr(a, "__code__") else True)
bound = Outer().method
print(bound.__name__, bound.__qualname__, bound.__func__ is Outer.method, type(bound).__name__)
try:
    bound.__name__ = "x"
except AttributeError as e:
    print(type(e).__name__, e)
print(len.__name__, len.__qualname__, "abc".upper.__name__, str.upper.__name__)
print(Outer.smeth.__name__, Outer.__dict__["smeth"].__func__.__name__, Outer.cmeth.__func__.__qualname__)


def doc_only_first_statement():
    x = 1
    "not a docstring"
    return x


def doc_with_format():
    f"""f-strings are not docstrings"""


print(doc_only_first_statement.__doc__, doc_with_format.__doc__)
