# yield from forwards throw() to the delegate; unhandled exceptions surface in the delegator.


def inner(log):
    try:
        while True:
            try:
                yield "inner"
            except ValueError as e:
                log.append(f"inner handled {e}")
                yield "inner recovered"
    finally:
        log.append("inner finally")


def outer(log):
    try:
        result = yield from inner(log)
        log.append(f"inner returned {result}")
    except KeyError as e:
        log.append(f"outer caught {e!r}")
        yield "outer recovered"
    finally:
        log.append("outer finally")


log = []
g = outer(log)
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(KeyError("k1")))
print(log)
try:
    next(g)
except StopIteration:
    print("outer done")
print(log)


# A delegate that returns when something is thrown in gives yield from its value.
def stoppable():
    try:
        yield 1
        yield 2
    except RuntimeError:
        return "stopped early"


def host():
    r = yield from stoppable()
    yield f"host saw {r}"


h = host()
print(next(h))
print(h.throw(RuntimeError))


# Throwing into a delegating generator whose delegate is a plain iterator: no throw method,
# so the exception is raised at the yield from in the delegator.
def over_range():
    try:
        yield from range(5)
    except ZeroDivisionError as e:
        print("delegator caught", type(e).__name__, e)
        yield "after"


o = over_range()
print(next(o), next(o))
print(o.throw(ZeroDivisionError("zero")))


# throw with a type through two layers, uncaught everywhere.
def deep():
    yield "deep"


def mid():
    yield from deep()


def top():
    yield from mid()


t = top()
next(t)
try:
    t.throw(TypeError, "through all")
except TypeError as e:
    print(type(e).__name__, e)
print(next(t, "all finished"))


# An object with its own throw method as the delegate.
class Echoer:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return self.n

    def throw(self, typ, val=None, tb=None):
        print("Echoer.throw got", typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        return -1


def use_echo():
    r = yield from Echoer()
    yield r


u = use_echo()
print(next(u))
print(u.throw(ValueError("x")))
print(list(u))
