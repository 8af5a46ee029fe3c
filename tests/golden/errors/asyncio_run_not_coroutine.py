# asyncio.run needs a coroutine.
import asyncio

def not_async():
    return 1

asyncio.run(not_async())
