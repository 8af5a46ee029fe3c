# Cancellation delivered at the await, cleanup in finally, cancelling() counts, uncancel,
# cancel with a message, and a task that suppresses its cancellation.
import asyncio

async def worker(log):
    try:
        while True:
            await asyncio.sleep(0.01)
            log.append("tick")
    except asyncio.CancelledError as e:
        log.append(f"cancelled:{e.args}")
        raise
    finally:
        log.append("finally")

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0.055)
    t.cancel("enough")
    t.cancel("twice")
    print("cancelling", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited", e.args)
    print(log[-2:], log.count("tick") >= 1)
    print(t.uncancel(), t.uncancel(), t.cancelling())
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "swallowed"
    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    me = asyncio.current_task()
    me.cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("main cancelled itself", me.cancelling())
        me.uncancel()
    print("main continues")

asyncio.run(main())
