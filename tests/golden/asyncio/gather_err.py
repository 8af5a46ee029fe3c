import asyncio

async def ok(n, d):
    await asyncio.sleep(d)
    print("ok", n)
    return n

async def bad(d, msg):
    await asyncio.sleep(d)
    print("raising", msg)
    raise ValueError(msg)

async def main():
    r = await asyncio.gather(ok(1, 0.02), bad(0.01, "x"), ok(3, 0.001), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in r])
    try:
        await asyncio.gather(ok(4, 0.03), bad(0.01, "boom"))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.05)
    g = asyncio.gather(ok(5, 0.5), ok(6, 0.5))
    await asyncio.sleep(0)
    print("cancel gather", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(await asyncio.gather())

asyncio.run(main())
