# A generator that yields after GeneratorExit: RuntimeError: generator ignored GeneratorExit.


def yields_in_finally():
    try:
        yield "body"
    finally:
        print("finally starts")
        yield "from finally"
        print("not reached on close")


g = yields_in_finally()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# The generator is still suspended inside its finally; resuming it finishes the finally
# block, which then re-raises the pending GeneratorExit out of next().
try:
    print(next(g, "end"))
except GeneratorExit as e:
    print("re-raised:", type(e).__name__, repr(e))
print(next(g, "now finished"))


def swallows_in_loop():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("ignoring GeneratorExit")


s = swallows_in_loop()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# And it keeps ticking.
print(next(s), next(s))
try:
    s.close()
except RuntimeError as e:
    print("second close:", e)


# Catching BaseException also catches GeneratorExit.
def too_broad():
    for i in range(5):
        try:
            yield i
        except BaseException as e:
            print("caught", type(e).__name__)


t = too_broad()
next(t)
try:
    t.close()
except RuntimeError as e:
    print(type(e).__name__, e)


# Swallowing and falling off the end is fine.
def swallow_then_end():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed")
    print("falling off the end")


f = swallow_then_end()
next(f)
print(f.close())


# Non-generator throw of GeneratorExit that is ignored: throw() just returns the value.
def ignore_once():
    try:
        yield 1
    except GeneratorExit:
        yield "after GeneratorExit"


i = ignore_once()
next(i)
print(i.throw(GeneratorExit))
print(next(i, "done"))

# Dropping the last references closes them once more; the RuntimeError can then only be
# reported (on stderr, as "Exception ignored in: ...").
print("dropping s and t")
del s, t
print("dropped")
