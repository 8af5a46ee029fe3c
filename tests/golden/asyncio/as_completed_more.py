# as_completed in completion order, and its timeout.
import asyncio

async def delayed(v, d):
    await asyncio.sleep(d)
    return v

async def main():
    for coro in asyncio.as_completed([delayed("slow", 0.03), delayed("fast", 0.01), delayed("mid", 0.02)]):
        print(await coro)
    try:
        for coro in asyncio.as_completed([delayed("x", 0.01), delayed("y", 1)], timeout=0.03):
            print(await coro)
    except TimeoutError:
        print("as_completed timed out")
    try:
        for c in asyncio.as_completed(delayed("z", 0)):
            pass
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
