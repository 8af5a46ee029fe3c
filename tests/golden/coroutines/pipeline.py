# Async generators chained into a pipeline, fed through a hand-written event loop that
# resumes suspended stages in turn.


class Wait:
    def __init__(self, why):
        self.why = why

    def __await__(self):
        yield self.why


async def source(words):
    for w in words:
        await Wait("read " + w)
        yield w


async def upper(stage):
    async for w in stage:
        yield w.upper()


async def numbered(stage):
    i = 0
    async for w in stage:
        i += 1
        yield f"{i}:{w}"


async def collect(stage):
    out = []
    async for item in stage:
        out.append(item)
        await Wait("stored " + item)
    return out


def loop(coro):
    waits = []
    try:
        while True:
            waits.append(coro.send(None))
    except StopIteration as e:
        return e.value, waits


result, waits = loop(collect(numbered(upper(source(["alpha", "beta", "gamma"])))))
print(result)
print(waits)


async def take(stage, n):
    out = []
    async for x in stage:
        out.append(x)
        if len(out) == n:
            break
    return out


async def forever():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("forever closed at", i)


async def main():
    g = forever()
    first = await take(g, 3)
    more = await take(g, 2)
    await g.aclose()
    return first, more


print(loop(main()))
