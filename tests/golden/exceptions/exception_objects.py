# str(), repr(), args and type name of exception objects.
samples = [
    ValueError("msg"),
    ValueError(),
    ValueError(""),
    ValueError(1, 2),
    ValueError(("tuple",)),
    TypeError(42),
    KeyError("k"),
    KeyError(),
    KeyError(1, 2),
    KeyError(("a", 1)),
    IndexError("list index out of range"),
    Exception("it's"),
    RuntimeError(None),
    ZeroDivisionError("division by zero"),
    SystemExit(3),
    AssertionError(),
    OverflowError([1, 2]),
]
for e in samples:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, "|", len(e.args))
print(ValueError("x") == ValueError("x"), isinstance(ValueError("x"), Exception))
print(type(ValueError("x")), type(KeyError()) is KeyError)
print(ValueError, KeyError, BaseException)
try:
    {"a": 1}["missing"]
except KeyError as e:
    print(str(e), repr(e), e.args, e.args[0])
try:
    {}[("t", 2)]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    [][0]
except IndexError as e:
    print(str(e), repr(e))
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e), e.args)
try:
    int("bad")
except ValueError as e:
    print(repr(e))
try:
    undefined_thing
except NameError as e:
    print(repr(e), e.args)
err = ValueError("stored", 7)
print(err.args[1] + 1, f"{err}", f"{err!r}")
print([ValueError("in list")], (KeyError("in tuple"),))
print(str(SystemExit()), repr(SystemExit("bye")), SystemExit(2).args)
