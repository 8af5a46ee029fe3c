# A pipeline of stages connected by queues, with sentinel shutdown.
import asyncio

async def source(out, items):
    for x in items:
        await out.put(x)
        print("source put", x)
    await out.put(None)

async def stage(name, inq, outq, fn):
    while True:
        x = await inq.get()
        if x is None:
            await outq.put(None)
            print(name, "done")
            return
        y = fn(x)
        print(name, x, "->", y)
        await outq.put(y)

async def sink(inq, acc):
    while (x := await inq.get()) is not None:
        acc.append(x)
    return acc

async def main():
    q1, q2, q3 = asyncio.Queue(1), asyncio.Queue(1), asyncio.Queue()
    acc = []
    await asyncio.gather(
        source(q1, [1, 2, 3, 4]),
        stage("double", q1, q2, lambda v: v * 2),
        stage("inc", q2, q3, lambda v: v + 1),
        sink(q3, acc),
    )
    print(acc)

asyncio.run(main())
