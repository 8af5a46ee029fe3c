# User exceptions: args handling with custom __init__, __str__/__repr__, attributes, pickling-free reprs.
class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


class WithSuper(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail


class CustomStr(Exception):
    def __str__(self):
        return f"custom str with {len(self.args)} args"


class CustomRepr(ValueError):
    def __repr__(self):
        return "CustomRepr!"


class ArgsOverride(Exception):
    def __init__(self, *args):
        super().__init__("fixed", "args")


for exc in [NoSuper(5), WithSuper(7), WithSuper(8, detail="d"), CustomStr(1, 2, 3), CustomRepr("v"),
            ArgsOverride(1), Exception(), Exception("one"), Exception("a", 2), Exception(None)]:
    print(f"{type(exc).__name__:12} args={exc.args!r:28} str={str(exc)!r:32} repr={exc!r}")
e = NoSuper(1)
e.args = ("reassigned",)
print(str(e), e.args)
e.args = [1, 2]
print(e.args, type(e.args).__name__)
try:
    e.args = 5
except TypeError as err:
    print(type(err).__name__, err)


class Hierarchy(Exception):
    pass


class Child(Hierarchy, KeyError):
    pass


try:
    raise Child("missing", 2)
except KeyError as err:
    print(type(err).__name__, str(err), err.args, isinstance(err, LookupError))
print(str(KeyError("k")), str(Child("k")), str(KeyError("a", "b")))


class Payload(Exception):
    def __init__(self, **data):
        super().__init__(*data)
        self.data = data


try:
    raise Payload(user="ann", id=3)
except Payload as err:
    print(err, err.args, err.data)


class BadInit(Exception):
    def __init__(self):
        pass


try:
    raise BadInit
except BadInit as err:
    print(repr(err), err.args, str(err) == "")
try:
    raise WithSuper
except TypeError as err:
    print(type(err).__name__, err)
err = WithSuper.__new__(WithSuper, 1, 2)
print(err.args, hasattr(err, "code"))


class StrFails(Exception):
    def __str__(self):
        raise RuntimeError("no str")


try:
    str(StrFails())
except RuntimeError as err:
    print(type(err).__name__, err)
print(repr(StrFails("x")), BaseException("b").args)
ex = Exception("note")
ex.add_note("first note")
ex.add_note("second")
print(ex.__notes__)
try:
    ex.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
