# gi_running and gi_suspended through a generator's life (no inspect module needed).


def life(log):
    log.append(("inside", me.gi_running, me.gi_suspended))
    received = yield "first"
    log.append(("inside again", me.gi_running, received))
    try:
        yield "second"
    finally:
        log.append(("finally", me.gi_running, me.gi_suspended))


def state(g):
    if g.gi_running:
        return "running"
    if g.gi_suspended:
        return "suspended"
    return "created or closed"


log = []
me = life(log)
print("new:", state(me), me.gi_running, me.gi_suspended)
print(next(me))
print("after first:", state(me))
print(me.send("hello"))
print("after second:", state(me))
me.close()
print("after close:", state(me))
for entry in log:
    print(entry)

# States of a generator that finishes normally.
def short():
    yield 1


s = short()
states = [state(s)]
for _ in s:
    states.append(state(s))
states.append(state(s))
print(states)

# A generator that raised is finished.
def raiser():
    yield 1
    raise ValueError("boom")


r = raiser()
next(r)
try:
    next(r)
except ValueError:
    pass
print("after raise:", r.gi_suspended, r.gi_running, next(r, "nothing more"))

# A generator expression has the same attributes.
ge = (x for x in "ab")
print(ge.gi_suspended, ge.gi_running)
next(ge)
print(ge.gi_suspended)
list(ge)
print(ge.gi_suspended)
