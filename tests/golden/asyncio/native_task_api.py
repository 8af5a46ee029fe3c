# The Task type's own API, as CPython's C `_asyncio.Task` behaves: names, the current task,
# cancel / cancelling / uncancel with messages, what a coroutine may yield, subclassing, and
# the order in which tasks and callbacks are scheduled.
import asyncio


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)


class Named(asyncio.Task):
    """A Task subclass that logs its cancellations."""

    def cancel(self, msg=None):
        print("Named.cancel", self.get_name(), msg)
        return super().cancel(msg)


class BadYield:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield self.value


async def work(n, log):
    for i in range(3):
        log.append(f"{n}{i}")
        await asyncio.sleep(0)
    return n * 10


async def sleeper(msg_log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        msg_log.append(("cancelled with", e.args))
        raise


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print(type(me).__name__, type(me).__module__, me.get_name(), me.get_coro().__qualname__)
    print(asyncio.current_task(loop) is me, me.done(), me.cancelling())

    log = []
    ts = [asyncio.create_task(work(n, log)) for n in "abc"]
    print([t.get_name() for t in ts])
    ts[1].set_name(12345)
    print(repr(ts[1].get_name()), repr(ts[0]).split(" coro=")[0])
    print(await asyncio.gather(*ts))
    print(log)
    show("set_result", lambda: ts[0].set_result(1))
    show("set_exception", lambda: ts[0].set_exception(ValueError()))
    show("get_stack", lambda: ts[0].get_stack())
    show("cancel done", ts[0].cancel)

    # Cancelling a sleeping task: the message reaches the coroutine.
    msgs = []
    s = asyncio.create_task(sleeper(msgs), name="sleepy")
    await asyncio.sleep(0)
    print(s.cancel("go away"), s.cancelling(), repr(s).split(" coro=")[0])
    print(s.cancel("again"), s.cancelling())
    try:
        await s
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", e.args)
    print(msgs, s.cancelled(), s.cancelling(), s.uncancel(), s.uncancel(), s.uncancel())

    # Cancelled before its first step.
    early = asyncio.create_task(work("e", []))
    early.cancel("before start")
    try:
        await early
    except asyncio.CancelledError as e:
        print("early:", e.args, early.cancelled())

    # Bad yields are thrown back into the coroutine.
    async def yields(value):
        try:
            await BadYield(value)
        except RuntimeError as e:
            return str(e).replace(repr(asyncio.current_task()), "<this task>")

    print(await asyncio.create_task(yields(42)))
    print(await asyncio.create_task(yields(None)) is None)

    # A task awaiting itself.
    holder = []

    async def self_await():
        await asyncio.sleep(0)
        try:
            await holder[0]
        except RuntimeError as e:
            return "self: " + str(e).split(":")[0]

    holder.append(asyncio.create_task(self_await()))
    print(await holder[0])

    # Not a coroutine.
    show("Task(1)", lambda: asyncio.Task(1))
    c = work("x", [])
    show("Task(positional loop)", lambda: asyncio.Task(c, loop))
    c.close()
    show("Future(positional)", lambda: asyncio.Future(loop))
    show("uninitialised result", lambda: asyncio.Future.__new__(asyncio.Future).result())
    show("uninitialised get_loop", lambda: asyncio.Future.__new__(asyncio.Future).get_loop())

    # A subclass, created through the loop's constructor and cancelled.
    n = Named(sleeper([]), loop=loop, name="named")
    await asyncio.sleep(0)
    print(isinstance(n, asyncio.Task), asyncio.isfuture(n), n.get_name())
    n.cancel("bye")
    await asyncio.sleep(0)
    print(n.cancelled(), repr(n).split(" coro=")[0])

    # Done callbacks of a task run after it finishes, in order, with the task.
    order = []
    t = asyncio.create_task(work("z", order))
    t.add_done_callback(lambda f: order.append(("cb1", f.result())))
    t.add_done_callback(lambda f: order.append(("cb2", f is t)))
    await t
    order.append("awaiter resumed")
    await asyncio.sleep(0)
    print(order)

    # current_task / all_tasks inside and outside.
    print(len(asyncio.all_tasks()), asyncio.all_tasks() == {me})


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside:", e)
print(asyncio.current_task(asyncio.new_event_loop()))
