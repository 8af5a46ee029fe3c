# An uncaught TimeoutError from wait_for.
import asyncio

async def forever():
    await asyncio.sleep(10)

async def main():
    print("waiting")
    await asyncio.wait_for(forever(), 0.01)

asyncio.run(main())
