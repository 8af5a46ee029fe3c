# yield as an expression: its forms, precedence, and evaluation order.


def forms():
    a = yield  # bare yield sends out None
    b = yield a, "tuple"  # yield a tuple
    c = (yield b) + 1  # parenthesised in arithmetic
    d = [(yield "l1"), (yield "l2")]  # inside a list display
    e = {"k": (yield "dict")}
    f = (yield "cond") if c > 0 else "skipped"
    yield (a, b, c, d, e, f)


g = forms()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(g.send(10))
print(g.send("D1"))
print(g.send("D2"))
print(g.send("E"))
print(g.send("F"))


# Augmented assignment with a yield on the right.
def accumulate():
    total = 0
    while True:
        total += yield total


acc = accumulate()
next(acc)
print([acc.send(x) for x in (1, 2, 3)])


# Order of evaluation: arguments left to right, each yield suspends in between.
def show(*args):
    return "show" + repr(args)


def order():
    result = show("first", (yield "y1"), "middle", (yield "y2"))
    yield result


o = order()
print(next(o), o.send(1), o.send(2))


# yield inside a lambda makes a generator function.
lam = lambda x: (yield x * 2)
lg = lam(21)
print(type(lg).__name__, next(lg), next(lg, "lambda gen done"))


# yield in while/if conditions.
def conditions():
    n = 0
    while (yield n) != "stop":
        n += 1
    if (yield "checking") == "yes":
        yield "confirmed"


cd = conditions()
print(next(cd), cd.send("go"), cd.send("go"), cd.send("stop"), cd.send("yes"))


# Subscript and attribute targets with yield values.
class Box:
    pass


def targets():
    box = Box()
    data = {}
    box.value = yield "attr"
    data[(yield "key")] = yield "value"
    yield box.value, data


t = targets()
print(next(t), t.send(1), t.send("k"), t.send("v"))


# Yield from inside expressions.
def inner():
    yield "i"
    return 5


def uses_result():
    x = (yield from inner()) * 2 + (yield from inner())
    yield x


print(list(uses_result()))


# A yield inside a try in an expression, with the value sent in being used in a comparison.
def compare():
    try:
        ok = (yield "ask") == "secret"
    except ValueError:
        ok = None
    yield ok


c1 = compare()
next(c1)
print(c1.send("secret"))
c2 = compare()
next(c2)
print(c2.throw(ValueError))


# yield in a return statement's expression and in a del/assert context.
def misc():
    values = [1, 2, 3]
    del values[(yield "index to delete")]
    assert (yield values), "never false"
    return (yield "last")


m = misc()
print(next(m), m.send(0), m.send(True))
try:
    m.send("return me")
except StopIteration as e:
    print("returned", e.value)
