# Lock handoff is FIFO; a cancelled waiter is skipped.
import asyncio

async def holder(lock, name, hold, log):
    async with lock:
        log.append(name)
        await asyncio.sleep(hold)

async def main():
    lock = asyncio.Lock()
    log = []
    first = asyncio.create_task(holder(lock, "first", 0.1, log))
    await asyncio.sleep(0)
    waiters = [asyncio.create_task(holder(lock, f"w{i}", 0, log)) for i in range(4)]
    await asyncio.sleep(0.005)
    waiters[1].cancel()
    await asyncio.gather(first, *waiters, return_exceptions=True)
    print(log, lock.locked())
    print([w.cancelled() for w in waiters])

asyncio.run(main())
