# ValueError: generator already executing, and gi_running while the body runs.


def self_next():
    yield "first"
    yield next(this)


this = self_next()
print(next(this))
try:
    next(this)
except ValueError as e:
    print(type(e).__name__, e)
print(next(this, "dead after the error"))


def observe():
    print("running inside:", watched.gi_running)
    yield 1
    print("running inside again:", watched.gi_running)
    yield 2


watched = observe()
print("before:", watched.gi_running, watched.gi_suspended)
next(watched)
print("between:", watched.gi_running, watched.gi_suspended)
next(watched)
print(list(watched))
print("after:", watched.gi_running, watched.gi_suspended)


# Each re-entry route: send, throw and close from inside the body.
def reenter(how):
    try:
        yield "ready"
        if how == "send":
            me.send(None)
        elif how == "throw":
            me.throw(KeyError)
        elif how == "close":
            me.close()
        elif how == "list":
            list(me)
        yield "unreachable"
    except ValueError as e:
        yield f"{how}: {type(e).__name__}: {e}"


for how in ("send", "throw", "close", "list"):
    me = reenter(how)
    next(me)
    print(next(me))


# Re-entrance through a chain of generators.
def ping():
    yield "ping"
    yield next(pong_gen)


def pong():
    yield "pong"
    yield next(ping_gen)


ping_gen = ping()
pong_gen = pong()
print(next(ping_gen), next(pong_gen))
try:
    next(ping_gen)
except ValueError as e:
    print("cycle:", e)


# A generator can safely drive a *different* instance of itself.
def nested(depth):
    if depth:
        inner = nested(depth - 1)
        yield from (f"{depth}>{x}" for x in inner)
    yield f"leaf {depth}"


print(list(nested(3)))
