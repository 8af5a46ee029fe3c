# TaskGroup: results, nested groups, a group cancelled from outside, create_task errors.
import asyncio

async def work(n, d):
    await asyncio.sleep(d)
    return n * 10

async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(work(i, 0.001 * i)) for i in range(4)]
    print([t.result() for t in ts])
    async with asyncio.TaskGroup() as outer:
        async def inner_group():
            async with asyncio.TaskGroup() as inner:
                a = inner.create_task(work(7, 0.01))
                b = inner.create_task(work(8, 0.005))
            return a.result() + b.result()
        t = outer.create_task(inner_group())
    print(t.result())
    tg = asyncio.TaskGroup()
    coro = work(1, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    async def runner():
        async with asyncio.TaskGroup() as g:
            g.create_task(asyncio.sleep(1))
            g.create_task(asyncio.sleep(1))
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("group cancelled from outside")
    try:
        async with asyncio.TaskGroup() as g:
            async def fail(msg, d):
                await asyncio.sleep(d)
                raise OSError(msg)
            g.create_task(fail("disk", 0))
            g.create_task(fail("net", 0))
    except* OSError as eg:
        print(sorted(str(e) for e in eg.exceptions), type(eg).__name__)

asyncio.run(main())
