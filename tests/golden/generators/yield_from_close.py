# close() on a delegating generator closes the delegate first, innermost outward.


def layer(name, child=None):
    print(f"{name} start")
    try:
        if child is None:
            while True:
                yield name
        else:
            yield from child
    except GeneratorExit:
        print(f"{name} GeneratorExit")
        raise
    finally:
        print(f"{name} finally")


g = layer("outer", layer("middle", layer("inner")))
print(next(g))
g.close()
print("closed")


# The delegate's close method is called for non-generator iterators that have one.
class Closeable:
    def __init__(self):
        self.items = iter([1, 2, 3])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.items)

    def close(self):
        print("Closeable.close called")


def uses_closeable():
    try:
        yield from Closeable()
    finally:
        print("uses_closeable finally")


u = uses_closeable()
print(next(u))
u.close()


# A delegate without close (a list iterator) is simply dropped.
def over_list():
    try:
        yield from ["a", "b"]
    finally:
        print("over_list finally")


ol = over_list()
print(next(ol))
ol.close()


# If the delegate's close raises, that exception replaces GeneratorExit in the delegator.
def bad_close_inner():
    try:
        yield 1
    finally:
        raise OSError("disk gone")


def delegator():
    try:
        yield from bad_close_inner()
    except OSError as e:
        print("delegator sees", type(e).__name__, e)
        raise


d = delegator()
next(d)
try:
    d.close()
except OSError as e:
    print("close raised", type(e).__name__, e)


# A delegate that ignores GeneratorExit.
def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("stubborn ignores it")


def wraps_stubborn():
    yield from stubborn()


w = wraps_stubborn()
next(w)
try:
    w.close()
except RuntimeError as e:
    print(type(e).__name__, e)
