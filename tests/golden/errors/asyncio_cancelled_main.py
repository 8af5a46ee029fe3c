# The main task cancelled from another task: asyncio.run raises CancelledError.
import asyncio

async def killer(task):
    await asyncio.sleep(0.01)
    print("killing main")
    task.cancel()

async def main():
    asyncio.create_task(killer(asyncio.current_task()))
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")

asyncio.run(main())
