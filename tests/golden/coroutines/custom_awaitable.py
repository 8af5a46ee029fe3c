# Objects with __await__: the generator it returns talks to whoever drives the outermost
# coroutine. Values yielded pass through every await; values sent come back down.


class Request:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        reply = yield ("request", self.what)
        print("  awaitable got reply", reply)
        return reply


async def fetch_two():
    a = await Request("a")
    b = await Request("b")
    return a + b


async def outer():
    total = await fetch_two()
    more = await Request("c")
    return total, more


def drive(coro, replies):
    replies = iter(replies)
    value = coro.send(None)
    while True:
        print("driver saw", value)
        try:
            value = coro.send(next(replies))
        except StopIteration as e:
            return e.value


print(drive(outer(), [10, 20, 30]))


class CountDown:
    """__await__ written as a plain iterator class."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n


async def launch():
    word = await CountDown(3)
    return word


c = launch()
print(c.send(None), c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)


class Ready:
    """An awaitable that completes without suspending."""

    def __await__(self):
        return iter(())


async def quick():
    r = await Ready()
    return ("ready result", r)


q = quick()
try:
    q.send(None)
except StopIteration as e:
    print(e.value)
