# Delegation corner cases: a generator delegating to itself, to a running or finished
# generator, and two delegators sharing one sub-generator.


def self_delegate():
    yield "before"
    yield from me


me = self_delegate()
print(next(me))
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(next(me, "finished"))


# Delegating to a generator that has already finished gives its return value? No: None.
def returns_seven():
    yield 1
    return 7


done = returns_seven()
print(list(done))


def late_delegate():
    result = yield from done
    yield ("result", result)


print(list(late_delegate()))


# Two delegators sharing one sub-generator interleave its values.
def numbers():
    for i in range(6):
        yield i
    return "numbers done"


shared = numbers()


def take_from(label, n):
    got = []
    for _ in range(n):
        got.append(next(shared))
    yield label, got


def delegate_all(label):
    r = yield from shared
    yield label, r


a = delegate_all("a")
b = delegate_all("b")
print(next(a), next(b), next(a), next(b))
print(list(a))
print(list(b))


# Delegating to a partially consumed generator continues where it stopped.
partial = numbers()
next(partial)
next(partial)


def rest():
    r = yield from partial
    yield r


print(list(rest()))


# A delegate that is closed from outside while the delegator is suspended in it.
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("inner finally")


sub = inner()


def outer():
    r = yield from sub
    yield f"outer resumed, result {r}"


o = outer()
print(next(o))
sub.close()
print(next(o))
print(next(o, "outer done"))


# yield from a generator expression that raises inside.
def wrap_genexpr():
    try:
        yield from (1 // x for x in [1, 0])
    except ZeroDivisionError as e:
        yield f"caught {e}"


print(list(wrap_genexpr()))
