# yield from: delegation of values, send, throw, close, and the return value.


def inner(tag):
    received = []
    try:
        while len(received) < 2:
            x = yield f"{tag}-{len(received)}"
            received.append(x)
    finally:
        print("inner finally", tag)
    return received


def outer():
    first = yield from inner("A")
    print("first result", first)
    second = yield from inner("B")
    print("second result", second)
    return first + second


o = outer()
print(next(o))
print(o.send(1))
print(o.send(2))
print(o.send(3))
try:
    o.send(4)
except StopIteration as e:
    print("outer returned", e.value)

# Delegating to any iterable.


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))

# throw is forwarded to the delegate, which may handle it.


def handler():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("delegate handled", e)


def wrapper():
    yield from handler()


w = wrapper()
print(next(w))
print(w.throw(ValueError("v")))
w.close()
print("closed wrapper")

# An exception the delegate does not handle propagates through both.


def fragile():
    yield 1
    yield 2


def passthrough():
    try:
        yield from fragile()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"


p = passthrough()
print(next(p), p.throw(KeyError("boom")))

# Recursion through yield from.


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def returns_early():
    return "no values"
    yield


def collect():
    r = yield from returns_early()
    yield r


print(list(collect()))
