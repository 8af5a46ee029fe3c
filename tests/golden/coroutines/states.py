# Coroutine and async generator state queries across a lifetime.


class Pause:
    def __await__(self):
        yield "pause"


async def watched():
    print("inside: running", me.cr_running, "suspended", me.cr_suspended)
    await Pause()
    return "end"


me = watched()
print("created: running", me.cr_running, "suspended", me.cr_suspended, "await", me.cr_await)
me.send(None)
print("paused: running", me.cr_running, "suspended", me.cr_suspended, "await", type(me.cr_await).__name__)
try:
    me.send(None)
except StopIteration as e:
    print("finished:", e.value, "suspended", me.cr_suspended, "await", me.cr_await)


async def ag():
    await Pause()
    yield 1


g = ag()
print("ag created: running", g.ag_running, "await", g.ag_await)
a = g.__anext__()
a.send(None)
print("ag mid-anext: running", g.ag_running, "await", type(g.ag_await).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("ag yielded", e.value, "running", g.ag_running)


def plain():
    yield 1


p = plain()
print("generator:", p.gi_running, p.gi_suspended, p.gi_yieldfrom)
