import asyncio

async def fail():
    await asyncio.sleep(0)
    raise KeyError("missing")

async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    print("task done", t.done())
    await t

asyncio.run(main())
