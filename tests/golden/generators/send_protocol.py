# next() and send(): priming, the just-started rule, finished generators, argument checks.


def echo(prefix):
    received = []
    while True:
        value = yield f"{prefix}{len(received)}"
        if value == "stop":
            return received
        received.append(value)


g = echo("n")
print(next(g))
print(g.send("a"))
print(g.send(None))
print(next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("stopped with", e.value)

# A finished generator raises a bare StopIteration forever after.
for attempt in range(2):
    try:
        g.send(None)
    except StopIteration as e:
        print("again", attempt, repr(e.value), e.args)

# The first send must be None.
fresh = echo("f")
for bad in (0, "", [], False):
    try:
        fresh.send(bad)
    except TypeError as e:
        print(type(e).__name__, e, repr(bad))
# The failed sends did not start it.
print(fresh.send(None))
print(fresh.send(1))

# send's arity.
for args in ((), (1, 2)):
    try:
        fresh.send(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# next() with a default never raises StopIteration.
def two():
    yield 1
    yield 2
    return "ret"


t = two()
print(next(t, "d"), next(t, "d"), next(t, "d"), next(t, "d"))

# A generator whose first action is to receive.
def receiver():
    first = yield
    second = yield first * 2
    yield first + second


r = receiver()
print(r.send(None))
print(r.send(21))
print(r.send(100))
print(next(r, "exhausted"))

# send on a generator that returns before its first yield.
def empty(flag):
    if flag:
        return "early"
    yield "never"


e = empty(True)
try:
    e.send(None)
except StopIteration as exc:
    print("early return", exc.value)
print(list(empty(False)))
print(list(empty(True)))

# next() on something that is not an iterator.
try:
    next([1, 2])
except TypeError as exc:
    print(type(exc).__name__, exc)
print(next(iter([1, 2])))
