import asyncio

async def worker(name, delay, log):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    log.append(name)
    return name.upper()

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    log = []
    t1 = asyncio.create_task(worker("a", 0.02, log))
    t2 = asyncio.create_task(worker("b", 0.01, log))
    t3 = asyncio.create_task(ticker(3))
    print(t1.get_name(), t2.get_name(), t3.get_name(), t1.done())
    r = await t1
    print("r", r, await t2, await t3, log)
    print(t1.done(), t1.result(), t1.cancelled(), t1.exception())
    res = await asyncio.gather(worker("c", 0.01, log), ticker(2), asyncio.sleep(0.005, "slept"))
    print(res)
    print(asyncio.current_task().get_name())
    return 42

print(asyncio.run(main()))
async def second():
    return asyncio.current_task().get_name()
print(asyncio.run(second()))
