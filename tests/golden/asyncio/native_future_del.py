# Destroying futures and tasks: the "exception was never retrieved" report names the class,
# a subclass's own __del__ runs first and can chain to Future.__del__, and retrieving the
# exception (result(), exception(), await) or clearing _log_traceback silences it.
import asyncio


class Noisy(asyncio.Future):
    def __del__(self):
        print("Noisy.__del__", self._state, self._log_traceback)
        super().__del__()


class Quiet(asyncio.Future):
    def __del__(self):
        print("Quiet.__del__ without chaining")


def handler(loop, ctx):
    exc = ctx.get("exception")
    print("handler:", ctx["message"], "|", type(exc).__name__, exc, "|", sorted(ctx))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)

    f = Noisy()
    f.set_exception(ValueError("one"))
    del f
    print("--")
    f = Quiet()
    f.set_exception(ValueError("two"))
    del f
    print("--")
    f = loop.create_future()
    f.set_exception(ValueError("three"))
    f._log_traceback = False
    del f
    print("--")
    f = loop.create_future()
    f.set_exception(ValueError("four"))
    try:
        f.result()
    except ValueError:
        pass
    del f
    print("--")
    f = loop.create_future()
    f.set_result(5)
    del f
    print("--")

    async def boom():
        raise LookupError("five")

    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(t.done(), t._log_traceback)
    del t
    print("--")

    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    try:
        await t
    except LookupError as e:
        print("awaited:", e)
    del t
    print("end of main")


asyncio.run(main())
print("after run")
