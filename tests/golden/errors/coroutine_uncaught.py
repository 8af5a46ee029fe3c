# An exception escaping nested awaits reaches the driver with a frame per coroutine.


class Pause:
    def __await__(self):
        yield


async def parse(text):
    await Pause()
    return int(text)


async def total(items):
    s = 0
    for t in items:
        s += await parse(t)
    return s


c = total(["1", "2", "three"])
while True:
    c.send(None)
