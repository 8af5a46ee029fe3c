# Awaiting coroutines from coroutines: values flow back through every level, and await is
# an expression usable anywhere inside an async def.


async def double(x):
    return x * 2


async def add(a, b):
    return a + b


async def compute(n):
    a = await double(n)
    b = await add(a, await double(1))
    parts = [await double(i) for i in range(3)]
    d = {"k": await add(1, 1)}
    cond = await double(5) if n > 2 else await double(-5)
    return a, b, parts, d, cond, (await add("x", "y")).upper()


async def nested(depth):
    if depth == 0:
        return ["bottom"]
    below = await nested(depth - 1)
    return [depth] + below


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended unexpectedly")


print(run(compute(3)))
print(run(compute(1)))
print(run(nested(5)))


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


print([run(fib(i)) for i in range(12)])


async def keyword_args(a, *rest, scale=1, **extra):
    total = (a + sum(rest)) * scale
    return total, sorted(extra.items())


async def caller():
    r1 = await keyword_args(1, 2, 3)
    r2 = await keyword_args(1, scale=10, tag="t")
    args = (4, 5)
    kw = {"scale": 2, "z": 0}
    r3 = await keyword_args(*args, **kw)
    return r1, r2, r3


print(run(caller()))
