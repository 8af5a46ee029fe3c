import asyncio

async def job(n, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(f"job {n} failed")
        print("job", n, "done")
        return n
    except asyncio.CancelledError:
        print("job", n, "cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job(1, 0.01))
        b = tg.create_task(job(2, 0.02))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(3, 0.5))
            tg.create_task(job(4, 0.01, fail=True))
            tg.create_task(job(5, 0.5, fail=True))
    except* ValueError as eg:
        print("caught group", eg.message, [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(6, 0.05))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", repr(eg.exceptions[0]))

asyncio.run(main())
