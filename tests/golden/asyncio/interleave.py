# Interleaving of many tasks that yield with sleep(0): round-robin order, as CPython runs it.
import asyncio

async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "finished")
    return n

async def main():
    tasks = [asyncio.create_task(counter(c, k)) for c, k in [("a", 3), ("b", 1), ("c", 2)]]
    print("created")
    await asyncio.sleep(0)
    print("main resumed")
    print(await asyncio.gather(*tasks))
    x = asyncio.create_task(counter("x", 2))
    y = counter("y", 2)
    await y
    await x

asyncio.run(main())
