# async with: __aenter__/__aexit__ are awaited; the exit sees the exception, may swallow
# it, and runs on return/break/continue too.


class Step:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("  open", self.name)
        await Step("aenter " + self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Step("aexit " + self.name)
        print("  close", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.swallow


async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("body with", a, b)
    async with Resource("quiet", swallow=True):
        raise ValueError("swallowed")
    print("after swallow")
    try:
        async with Resource("loud"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 0:
                continue
            if i == 2:
                break
            print("loop body", i)
    return await helper()


async def helper():
    async with Resource("ret") as r:
        return "returned " + r


def run(coro):
    try:
        while True:
            print("yield:", coro.send(None))
    except StopIteration as e:
        return e.value


print(run(main()))
