# An uncaught ExceptionGroup from a TaskGroup.
import asyncio

async def boom(n):
    await asyncio.sleep(0.001 * n)
    raise ValueError(f"boom {n}")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(1))
        tg.create_task(asyncio.sleep(1))

asyncio.run(main())
