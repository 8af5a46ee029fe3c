# An @asynccontextmanager generator that yields again after the exception thrown into it:
# RuntimeError("generator didn't stop after athrow()") escapes asyncio.run.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def retrying():
    try:
        yield "first"
    except ConnectionError:
        print("retrying after ConnectionError")
        yield "second"


async def main():
    async with retrying() as attempt:
        print("attempt", attempt)
        raise ConnectionError("reset")


asyncio.run(main())
