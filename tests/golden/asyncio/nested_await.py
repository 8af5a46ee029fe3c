# Coroutines awaiting coroutines, results and exceptions propagating through awaits,
# try/finally across suspensions.
import asyncio

async def leaf(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(f"negative {n}")
    return n * 2

async def middle(n):
    try:
        a = await leaf(n)
        b = await leaf(n + 1)
        return a + b
    finally:
        print("middle finally", n)

async def top():
    print(await middle(1))
    try:
        await middle(-5)
    except ValueError as e:
        print("caught", e)
    results = []
    for i in range(3):
        results.append(await middle(i))
    print(results)
    return sum(results)

print(asyncio.run(top()))
