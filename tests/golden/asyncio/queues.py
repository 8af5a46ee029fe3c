import asyncio

async def producer(q, n, name):
    for i in range(n):
        await q.put((name, i))
        print("put", name, i, q.qsize())
    
async def consumer(q, name, out):
    while True:
        item = await q.get()
        print(name, "got", item)
        out.append(item)
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", out)) for i in range(2)]
    await asyncio.gather(producer(q, 3, "p"), producer(q, 2, "r"))
    await q.join()
    print("joined", len(out), q.empty(), q.full(), q.maxsize)
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        asyncio.Queue().task_done()
    except ValueError as e:
        print("ValueError", e)
    print(str(full))

asyncio.run(main())
