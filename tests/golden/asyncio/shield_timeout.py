# shield protects the inner task from an outer timeout; wait_for with a 0 timeout.
import asyncio

async def important(log):
    await asyncio.sleep(0.03)
    log.append("important finished")
    return "result"

async def main():
    log = []
    inner = asyncio.create_task(important(log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.01)
    except TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print(await inner, log)
    done_fut = asyncio.get_running_loop().create_future()
    done_fut.set_result("ready")
    print(await asyncio.wait_for(done_fut, 0))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except TimeoutError:
        print("zero timeout")
    print(await asyncio.wait_for(asyncio.sleep(0, "none timeout"), None))

asyncio.run(main())
