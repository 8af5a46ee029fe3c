# Exceptions inside generators: caught by the consumer, chained, raised by the creator.


def parse(items):
    for item in items:
        try:
            yield int(item)
        except ValueError:
            yield -1


print(list(parse(["1", "x", "3"])))


def failing():
    yield "ok"
    {}["missing"]


g = failing()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print(list(g))


def wrapped():
    try:
        yield 1
        raise TypeError("inner")
    except TypeError as e:
        raise RuntimeError("outer") from e


try:
    list(wrapped())
except RuntimeError as e:
    print("RuntimeError", e, "cause:", repr(e.__cause__))


def leaky():
    yield next(iter([]))


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def depth(n):
    if n:
        yield from depth(n - 1)
    yield n


print(sum(depth(50)))
