# Tasks woken by timers run in deadline order, whatever order they were created in.
import asyncio

async def napper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    print("woke", name)

async def main():
    log = []
    delays = {"e": 0.1, "a": 0.02, "d": 0.08, "b": 0.04, "c": 0.06}
    await asyncio.gather(*(napper(n, d, log) for n, d in delays.items()))
    print(log)
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.02)
    print("slept at least 0.02:", loop.time() - start >= 0.02)
    h = loop.call_later(0.01, print, "never printed")
    print(h.cancelled(), type(h).__name__, h.when() > start)
    h.cancel()
    await asyncio.sleep(0.02)
    print(h.cancelled())

asyncio.run(main())
