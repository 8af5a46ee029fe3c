# PriorityQueue of (priority, job) with workers; join waits for task_done.
import asyncio

async def worker(name, q, log):
    while True:
        prio, job = await q.get()
        log.append((name, prio, job))
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "whenever")]:
        q.put_nowait((prio, job))
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for entry in log:
        print(entry)
    print(q.qsize(), q.empty())

asyncio.run(main())
