# send, throw and close, with their errors.


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError", e)
print(fresh.send(None))


def resilient():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("handled KeyError", e)
        except ValueError:
            print("stopping on ValueError")
            return "stopped"


r = resilient()
print(next(r))
print(r.throw(KeyError("k1")))
print(r.throw(KeyError, "k2"))
try:
    r.throw(ValueError())
except StopIteration as e:
    print("returned", e.value)
try:
    r.throw(IndexError("after end"))
except IndexError as e:
    print("finished generator re-raises", e)

unstarted = resilient()
try:
    unstarted.throw(KeyError("early"))
except KeyError as e:
    print("unstarted throw raises", e)
print(list(unstarted))

try:
    resilient().throw(42)
except TypeError as e:
    print("TypeError", e)


def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")


c = closable()
print(next(c))
print(c.close(), c.close())
print(list(c))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)


def reentrant():
    yield me.send(None)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def swallow():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


sw = swallow()
next(sw)
print("close returns", sw.close())
