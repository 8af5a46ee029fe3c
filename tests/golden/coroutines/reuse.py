# A coroutine runs once: awaiting or sending to it again is an error, as is awaiting one
# that is already being awaited, or sending a value before it started.


class Pause:
    def __await__(self):
        return (yield "paused")


async def once():
    return "value"


async def await_it(c):
    return await c


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


c = once()
print(run(await_it(c)))
try:
    run(await_it(c))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError("x"))
except RuntimeError as e:
    print("RuntimeError:", e)
print("close is silent:", c.close())


async def slow():
    got = await Pause()
    return got


inner = slow()
first = await_it(inner)
print(first.send(None))
print("inner awaited by first:", first.cr_await is inner, type(inner.cr_await).__name__)
second = await_it(inner)
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    first.send(99)
except StopIteration as e:
    print("first finished:", e.value)

fresh = once()
try:
    fresh.send("not none")
except TypeError as e:
    print("TypeError:", e)
fresh.close()
