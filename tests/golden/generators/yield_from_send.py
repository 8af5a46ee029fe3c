# yield from forwards send() to the sub-generator and returns its return value.


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return count, average


def grouper(results, key):
    while True:
        results[key] = yield from averager()
        print("group", key, "finished with", results[key])


results = {}
for key, values in [("girls", [40.9, 38.5, 44.3]), ("boys", [39.0, 40.8, 43.2, 40.8])]:
    group = grouper(results, key)
    next(group)
    for v in values:
        print(key, "avg", round(group.send(v), 3))
    group.send(None)
print(sorted(results))


# Values sent travel through any number of delegating layers.
def leaf():
    got = []
    while len(got) < 3:
        got.append((yield f"leaf has {len(got)}"))
    return got


def middle():
    inner = yield from leaf()
    print("middle got", inner)
    extra = yield "middle extra"
    return inner + [extra]


def top():
    res = yield from middle()
    print("top got", res)
    return len(res)


t = top()
print(next(t))
print(t.send("a"))
print(t.send("b"))
print(t.send("c"))
try:
    t.send("d")
except StopIteration as e:
    print("top returned", e.value)


# next() through a delegating generator sends None.
def show_sent():
    while True:
        x = yield
        print("sub received", repr(x))


def wrapper():
    yield from show_sent()


w = wrapper()
next(w)
next(w)
w.send(5)
w.send("str")
w.close()


# Sending a non-None value into a delegate that is not a generator.
def over_list():
    yield from [1, 2, 3]


ol = over_list()
print(next(ol))
print(ol.send(None))
try:
    ol.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
print(next(ol, "over"))
