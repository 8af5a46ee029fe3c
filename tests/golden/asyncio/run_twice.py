# Task names continue across asyncio.run calls (CPython's shutdown tasks count too);
# a Runner runs several coroutines on one loop.
import asyncio

async def name():
    t = asyncio.current_task()
    inner = asyncio.create_task(asyncio.sleep(0))
    await inner
    return t.get_name(), inner.get_name()

print(asyncio.run(name()))
print(asyncio.run(name()))
with asyncio.Runner() as runner:
    print(runner.run(name()))
    print(runner.run(name()))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
