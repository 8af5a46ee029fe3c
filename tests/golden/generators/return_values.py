# return in a generator: the value travels in StopIteration.value.


def produce(n, result):
    for i in range(n):
        yield i
    return result


def drain(gen):
    """Collect the yielded items and the return value by hand."""
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value


print(drain(produce(3, "three")))
print(drain(produce(0, None)))
print(drain(produce(2, (1, 2))))
print(drain(produce(1, [4, 5])))


# A bare return and falling off the end both give None.
def bare():
    yield 1
    return


def falls_off():
    yield 1


for g in (bare(), falls_off()):
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(type(e).__name__, e.value, e.args)


# StopIteration's args and value agree.
def tuple_return():
    yield
    return ("a", "b")


t = tuple_return()
next(t)
try:
    next(t)
except StopIteration as e:
    print(e.value, e.args, len(e.args), str(e))


# A return value is invisible to for loops and to list().
print(list(produce(3, "lost")))
total = 0
for x in produce(4, 100):
    total += x
print("total", total)


# return inside try/finally: finally runs before StopIteration is raised.
def with_finally():
    try:
        yield "x"
        return "from try"
    finally:
        print("finally runs")


w = with_finally()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("value", e.value)


# A return in finally overrides the one in try.
def override():
    try:
        yield 1
        return "try value"
    finally:
        return "finally value"


o = override()
next(o)
try:
    next(o)
except StopIteration as e:
    print("value", e.value)


# An exception-valued return is just a value.
def returns_exception():
    yield 0
    return ValueError("not raised")


r = returns_exception()
next(r)
try:
    next(r)
except StopIteration as e:
    print(type(e.value).__name__, e.value)

# StopIteration constructed directly behaves the same way.
s = StopIteration(1, 2)
print(s.value, s.args)
print(StopIteration().value)
