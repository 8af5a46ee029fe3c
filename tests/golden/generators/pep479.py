# PEP 479: a StopIteration escaping a generator body becomes RuntimeError with __cause__.


def leaks_next(it):
    while True:
        yield next(it)  # the StopIteration from next() must not end the generator silently


g = leaks_next(iter([1, 2]))
print(next(g), next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, repr(e.__cause__.value))
    print("suppress context:", e.__suppress_context__)
print(next(g, "finished after RuntimeError"))

# In a for loop the RuntimeError surfaces too (it is not treated as the end).
try:
    for x in leaks_next(iter("ab")):
        print("item", x)
except RuntimeError as e:
    print("loop:", e)

# list() and sum() see it as well.
for consumer in (list, sum, tuple, sorted):
    try:
        consumer(leaks_next(iter([3, 4])))
    except RuntimeError as e:
        print(consumer.__name__, type(e).__name__, e)


# Raising StopIteration explicitly, with a value.
def explicit():
    yield 1
    raise StopIteration("explicit value")


e1 = explicit()
next(e1)
try:
    next(e1)
except RuntimeError as e:
    print(e, "| cause args:", e.__cause__.args)


# A subclass of StopIteration is converted too.
class MyStop(StopIteration):
    pass


def sub():
    raise MyStop("sub")
    yield


try:
    next(sub())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)


# The conversion does not touch StopIteration caught inside the generator.
def careful(it):
    while True:
        try:
            value = next(it)
        except StopIteration:
            return "clean end"
        yield value


c = careful(iter([7, 8]))
print(list(c))


# Nor a StopIteration raised and caught entirely within the body.
def internal():
    try:
        raise StopIteration("inner")
    except StopIteration as e:
        yield f"handled {e}"
    yield "continues"


print(list(internal()))

# Generator expressions follow the same rule.
it = iter([1])
ge = (next(it) for _ in range(3))
try:
    print(list(ge))
except RuntimeError as e:
    print("genexpr:", e)

# A StopIteration coming out of a delegate via yield from is its return, not an error.
def delegate():
    yield "d"
    return "ret"


def outer():
    r = yield from delegate()
    yield r


print(list(outer()))

# Outside a generator, StopIteration is an ordinary exception.
def plain():
    raise StopIteration("plain function")


try:
    plain()
except StopIteration as e:
    print(type(e).__name__, e)
