# The default dir() listing: __dict__/__weakref__/__class__ descriptors, function attributes.
class Base:
    base_attr = 1


class Derived(Base):
    def __init__(self):
        self.inst_attr = 3


names = dir(Derived())
print("__dict__" in names, "__weakref__" in names, "__class__" in names, "__init__" in names)
print(sorted(k for k in Derived.__dict__ if k.startswith("__")))
print(sorted(k for k in Base.__dict__ if k.startswith("__")))
print("__class__" in object.__dict__, type(object.__dict__["__class__"]).__name__)
print(type(Base.__dict__["__dict__"]).__name__, Base.__dict__["__dict__"].__get__(Derived()))


def module_level():
    pass


module_level.custom = 1
fn_names = dir(module_level)
print("custom" in fn_names, "__name__" in fn_names, "__defaults__" in fn_names, "__code__" in fn_names)
print("__call__" in fn_names, "__get__" in fn_names, fn_names == sorted(fn_names))
print([n for n in dir(Derived()) if not n.startswith("__")])
