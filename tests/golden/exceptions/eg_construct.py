# ExceptionGroup / BaseExceptionGroup construction: rules, errors, attributes.

def attempt(label, *args):
    try:
        g = ExceptionGroup(*args)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(g))


attempt("ok", "two", [ValueError("a"), TypeError("b")])
attempt("tuple", "tup", (KeyError(1),))
attempt("no args")
attempt("one arg", "only message")
attempt("three args", "m", [ValueError()], "extra")
attempt("not a sequence", "m", {ValueError()})
attempt("dict", "m", {"k": ValueError()})
attempt("empty", "m", [])
attempt("non-exception", "m", [ValueError(), 42])
attempt("message type", 5, [ValueError()])
attempt("base nested", "m", [ValueError(), KeyboardInterrupt()])
attempt("a class", "m", [ValueError])

try:
    ExceptionGroup("m", [ValueError()], extra=1)
except TypeError as e:
    print("keywords:", e)

# BaseExceptionGroup picks ExceptionGroup when every member is an Exception.
plain = BaseExceptionGroup("plain", [ValueError(1), OSError("disk")])
print(type(plain).__name__, isinstance(plain, Exception))
based = BaseExceptionGroup("based", [ValueError(1), SystemExit(3)])
print(type(based).__name__, isinstance(based, Exception), isinstance(based, BaseExceptionGroup))

g = ExceptionGroup("summary", [ValueError("x"), ExceptionGroup("inner", [KeyError("k")])])
print(str(g))
print(str(ExceptionGroup("one", [ValueError()])))
print(repr(g))
print(g.message, type(g.exceptions).__name__, len(g.exceptions))
print(g.args[0], type(g.args[1]).__name__)
print(g.exceptions[1].exceptions[0].args)

for attr in ("message", "exceptions"):
    try:
        setattr(g, attr, "changed")
    except AttributeError as e:
        print(attr, "->", type(e).__name__, e)

# The type hierarchy.
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in ExceptionGroup.__bases__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, BaseException))

# A group is an ordinary exception: raise, catch, chain.
try:
    try:
        raise g
    except ExceptionGroup as caught:
        print("caught", caught is g)
        raise RuntimeError("wrapped") from caught
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.message)
