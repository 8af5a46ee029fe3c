# Attribute names that are not exact str objects: str subclasses (with and without their
# own equality), names built at run time, and interned versus fresh strings.


class Name(str):
    pass


class Loud(str):
    def __eq__(self, other):
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


class C:
    def __init__(self):
        self.alpha = 1
        self.beta = 2


c = C()
print(getattr(c, Name("alpha")), getattr(c, Loud("beta")))
setattr(c, Name("gamma"), 3)
print(c.gamma, sorted(vars(c)), [type(k).__name__ for k in vars(c)])
d = C()
setattr(d, "".join(["al", "pha"]), 10)
print(d.alpha, hasattr(d, Name("beta")), list(vars(d).items()))
delattr(d, Name("beta"))
print(hasattr(d, "beta"), list(vars(d)))
e = C()
print(hasattr(e, Name("nope")), getattr(e, Loud("alpha")))
try:
    delattr(e, Loud("nope"))
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    setattr(e, 5, 1)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(list(vars(e)))
