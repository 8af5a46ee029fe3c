# Exceptions raised inside generators: propagation, finished state, context chaining.


def parse_ints(items):
    for s in items:
        yield int(s)


g = parse_ints(["1", "2", "x", "4"])
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    print(type(e).__name__, e, out)
# After an exception escapes, the generator is finished.
print(next(g, "finished"), list(g))


# The consumer can catch per item when the producer handles its own errors.
def safe_parse(items):
    for s in items:
        try:
            yield int(s)
        except ValueError as e:
            yield f"bad: {e}"


print(list(safe_parse(["5", "y", "6"])))


# An exception raised while a handled one is active gets __context__.
def chained():
    try:
        yield 1
        raise KeyError("first")
    except KeyError:
        yield 2
        raise ValueError("second")


c = chained()
print(next(c), next(c))
try:
    next(c)
except ValueError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__, e.__context__)


# The context seen inside the generator is the generator's own, not the caller's.
def inner_context():
    try:
        raise OSError("inside")
    except OSError:
        yield "handling"


ic = inner_context()
try:
    raise RuntimeError("caller's exception")
except RuntimeError:
    print(next(ic))
try:
    next(ic)
except StopIteration:
    print("inner generator done")


# raise from inside a generator.
def translate(items):
    for item in items:
        try:
            yield 10 / item
        except ZeroDivisionError as e:
            raise ArithmeticError(f"bad item {item}") from e


try:
    print(list(translate([5, 2, 0])))
except ArithmeticError as e:
    print(type(e).__name__, e, "cause:", type(e.__cause__).__name__)


# Exceptions from the iterable a generator consumes.
def wraps(it):
    try:
        yield from it
    except LookupError as e:
        yield f"wrapped {type(e).__name__}"


def bad_source():
    yield "ok"
    raise KeyError("missing")


print(list(wraps(bad_source())))


# Exceptions in genexpr conditions.
items = [{"a": 1}, {"a": 2}, {}]
try:
    print([d["a"] for d in items if d["a"] > 0])
except KeyError as e:
    print(type(e).__name__, e)
ge = (d["a"] for d in items)
print(next(ge), next(ge))
try:
    next(ge)
except KeyError as e:
    print("genexpr", type(e).__name__, e)
