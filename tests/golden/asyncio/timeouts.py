import asyncio

async def slow(n):
    try:
        await asyncio.sleep(n)
        return "done"
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    print(await asyncio.wait_for(slow(0.01), timeout=1))
    try:
        await asyncio.wait_for(slow(1), timeout=0.02)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__, type(e.__cause__).__name__)
    try:
        async with asyncio.timeout(0.02) as cm:
            print("inside", cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside timeout block")
            raise
    print("unreachable?")

async def outer():
    try:
        await main()
    except TimeoutError:
        print("outer caught timeout")
    t1 = asyncio.create_task(slow(0.01))
    t2 = asyncio.create_task(slow(1))
    done, pending = await asyncio.wait([t1, t2], timeout=0.05)
    print(len(done), len(pending), t1 in done, t2 in pending)
    t2.cancel()
    await asyncio.sleep(0)
    t3 = asyncio.create_task(slow(1))
    t4 = asyncio.create_task(slow(0.01))
    done, pending = await asyncio.wait([t3, t4], return_when=asyncio.FIRST_COMPLETED)
    print(t4 in done, t3 in pending)
    t3.cancel()
    print(await asyncio.gather(t3, return_exceptions=True))
    results = []
    for fut in asyncio.as_completed([slow(0.1), asyncio.sleep(0.01, "quick"), asyncio.sleep(0.05, "mid")]):
        results.append(await fut)
    print(results)
    inner = asyncio.create_task(slow(0.02))
    sh = asyncio.shield(inner)
    sh.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print("shield cancelled, inner:", inner.cancelled())
    print(await inner)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)

asyncio.run(outer())
