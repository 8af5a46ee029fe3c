# The Future type's own API, as CPython's C `_asyncio.Future` behaves: states, results,
# exceptions, callbacks (order, removal, contexts), cancel messages, repr, subclassing.
import asyncio


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)


class Tracked(asyncio.Future):
    """A subclass overriding set_result and adding an attribute of its own."""

    def __init__(self, tag, *, loop=None):
        super().__init__(loop=loop)
        self.tag = tag

    def set_result(self, value):
        print("Tracked.set_result", self.tag, value)
        super().set_result(value * 2)


async def main():
    loop = asyncio.get_running_loop()
    print(type(asyncio.Future).__name__, asyncio.Future.__module__, asyncio.Future.__name__)
    print(asyncio.Future[int])
    print(asyncio.isfuture(loop.create_future()), asyncio.isfuture(42))

    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
    show("result pending", f.result)
    show("exception pending", f.exception)
    show("_state", lambda: f._state)
    f.set_result([1, 2])
    print(repr(f))
    show("set again", lambda: f.set_result(3))
    show("set_exception done", lambda: f.set_exception(ValueError("x")))
    show("result", f.result)
    show("exception", f.exception)

    g = loop.create_future()
    g.set_exception(KeyError)
    print(repr(g))
    show("exception class made", lambda: type(g.exception()).__name__)
    show("result raises", g.result)

    h = loop.create_future()
    show("StopIteration", lambda: h.set_exception(StopIteration(1)))
    show("not an exception", lambda: h.set_exception(42))
    print(h.done())

    # Callbacks run through the loop, in registration order, one iteration later.
    order = []
    k = loop.create_future()
    def cb(name):
        return lambda fut: order.append((name, fut.result()))
    a, b = cb("a"), cb("b")
    k.add_done_callback(a)
    k.add_done_callback(b)
    k.add_done_callback(a)
    k.add_done_callback(cb("c"))
    print("removed", k.remove_done_callback(a), k.remove_done_callback(a))
    print(repr(k).startswith("<Future pending cb=["))
    k.set_result("done")
    print("before iteration", order)
    await asyncio.sleep(0)
    print("after iteration", order)
    k.add_done_callback(cb("late"), context=None)
    print("late not yet", order[-1])
    await asyncio.sleep(0)
    print("late", order[-1])

    # Cancellation, with and without a message.
    c = loop.create_future()
    print(c.cancel("stop now"), c.cancel(), c.cancelled(), repr(c))
    show("cancelled result", c.result)
    show("cancelled exception", c.exception)
    d = loop.create_future()
    d.cancel()
    show("no message", d.result)
    show("set on cancelled", lambda: d.set_result(1))

    # Awaiting: pending, then finished by another task.
    e = loop.create_future()
    loop.call_soon(e.set_result, "later")
    print("awaited", await e)
    show("await finished again", lambda: None)
    print("await done future", await e)
    bad = loop.create_future()
    bad.set_exception(ZeroDivisionError("boom"))
    try:
        await bad
    except ZeroDivisionError as err:
        print("await raised", err)
    it = bad.__await__()
    show("iter send non-None", lambda: it.send(1))

    # A subclass: its own attribute, its override used by code that calls set_result.
    t = Tracked("t1")
    print(type(t).__name__, t.tag, isinstance(t, asyncio.Future), asyncio.isfuture(t))
    loop.call_soon(t.set_result, 21)
    print("subclass awaited", await t)
    print(repr(t))
    t2 = Tracked("t2")
    t2._asyncio_future_blocking = True
    print(t2._asyncio_future_blocking)
    show("_log_traceback True", lambda: setattr(t2, "_log_traceback", True))
    t2._log_traceback = False
    print(t2._log_traceback)


asyncio.run(main())
