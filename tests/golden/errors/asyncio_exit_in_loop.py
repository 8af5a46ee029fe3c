import asyncio, sys

async def bystander():
    try:
        await asyncio.sleep(1)
    finally:
        print("bystander cleaned up")

async def main():
    asyncio.create_task(bystander())
    await asyncio.sleep(0.01)
    print("exiting")
    sys.exit(3)

asyncio.run(main())
