import asyncio

async def use_lock(lock, name, log):
    print(name, "wants lock", lock.locked())
    async with lock:
        print(name, "has lock")
        await asyncio.sleep(0.01)
        log.append(name)
    print(name, "released")

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke", ev.is_set())

async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "got", items.pop(0))

async def limited(sem, name):
    async with sem:
        print(name, "in", sem.locked())
        await asyncio.sleep(0)
    print(name, "out")

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(use_lock(lock, n, log) for n in "abc"))
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    await asyncio.gather(*ts)
    ev.clear()
    print(ev.is_set())
    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.extend([10, 20])
        cond.notify_all()
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, f"s{i}") for i in range(4)))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
