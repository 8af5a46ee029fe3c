# Benchmark: asyncio task switching.
# Measures: thousands of tasks created with create_task and gathered, each switching to the
# event loop with sleep(0) repeatedly (one loop callback and one coroutine resumption per
# switch), plus a producer/consumer pair over an asyncio.Queue and a Lock passed around.
import asyncio

TASKS = 2000
SWITCHES = 60


async def spinner(n):
    total = 0
    for i in range(SWITCHES):
        total += i * n % 7
        await asyncio.sleep(0)
    return total


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total += item


async def locker(lock, shared, n):
    for _ in range(n):
        async with lock:
            shared[0] += 1
            await asyncio.sleep(0)


async def main():
    results = await asyncio.gather(*[spinner(n) for n in range(TASKS)])
    q = asyncio.Queue(maxsize=16)
    _, consumed = await asyncio.gather(producer(q, 30000), consumer(q))
    lock = asyncio.Lock()
    shared = [0]
    await asyncio.gather(*[locker(lock, shared, 200) for _ in range(20)])
    print("spun", sum(results), "consumed", consumed, "locked", shared[0])


asyncio.run(main())
