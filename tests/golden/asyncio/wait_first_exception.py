# asyncio.wait with FIRST_EXCEPTION and ALL_COMPLETED; pending tasks cancelled afterwards.
import asyncio

async def step(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"step {n}")
    return n

async def main():
    tasks = [asyncio.create_task(step(1, 0.01)), asyncio.create_task(step(2, 0.02, True)), asyncio.create_task(step(3, 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "exception:", t.exception())
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print([t.cancelled() for t in done], len(pending))
    try:
        await asyncio.wait([step(9, 0)])
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
    t = asyncio.create_task(step(4, 0))
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError", e)
    await t

asyncio.run(main())
