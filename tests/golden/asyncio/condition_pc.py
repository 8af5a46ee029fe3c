# Condition variable with notify(n) and wait_for; Event used as a start gate.
import asyncio

async def consumer(cond, box, name, gate):
    await gate.wait()
    async with cond:
        await cond.wait_for(lambda: box)
        item = box.pop(0)
        print(name, "consumed", item)

async def main():
    cond = asyncio.Condition()
    gate = asyncio.Event()
    box = []
    tasks = [asyncio.create_task(consumer(cond, box, f"c{i}", gate)) for i in range(3)]
    await asyncio.sleep(0)
    gate.set()
    await asyncio.sleep(0)
    for item in ["x", "y", "z"]:
        async with cond:
            box.append(item)
            cond.notify(1)
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    async with cond2:
        print(lock.locked(), cond2.locked())
    try:
        await cond2.wait()
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
