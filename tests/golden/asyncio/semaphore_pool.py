# A Semaphore limits concurrency: at most 2 of 6 downloads run at once (each yields to the
# loop a different number of times, so the interleaving is exactly CPython's).
import asyncio

active = 0
peak = 0

async def download(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print("start", n, "active", active)
        for _ in range(n % 3 + 1):
            await asyncio.sleep(0)
        active -= 1
        print("finish", n)
        return n * n

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(download(sem, i) for i in range(6))))
    print("peak", peak, sem.locked())

asyncio.run(main())
