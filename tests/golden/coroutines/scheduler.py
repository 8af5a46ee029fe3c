# A tiny round-robin scheduler: tasks suspend by awaiting `switch()`, and may wait on each
# other's results through a future-like object. Output order is fully deterministic.


class Switch:
    def __await__(self):
        yield "switch"


def switch():
    return Switch()


class Future:
    def __init__(self):
        self.done = False
        self.value = None

    def set(self, value):
        self.done = True
        self.value = value

    def __await__(self):
        while not self.done:
            yield "waiting"
        return self.value


class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []

    def spawn(self, name, coro):
        fut = Future()
        self.ready.append((name, coro, fut))
        return fut

    def run(self):
        steps = 0
        while self.ready:
            name, coro, fut = self.ready.pop(0)
            steps += 1
            try:
                why = coro.send(None)
                self.log.append(f"{name}:{why}")
                self.ready.append((name, coro, fut))
            except StopIteration as e:
                print(f"[{name}] finished with {e.value!r}")
                fut.set(e.value)
            except Exception as e:
                print(f"[{name}] failed: {type(e).__name__}: {e}")
                fut.set(None)
        return steps


async def counter(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await switch()
    return n


async def waiter(fut, label):
    value = await fut
    print(label, "saw", value)
    return value * 100


async def failing():
    await switch()
    raise KeyError("lost")


s = Scheduler()
f1 = s.spawn("a", counter("a", 3))
f2 = s.spawn("b", counter("b", 2))
s.spawn("w", waiter(f1, "waiter-on-a"))
s.spawn("x", failing())
s.spawn("w2", waiter(f2, "waiter-on-b"))
print("steps:", s.run())
print(" ".join(s.log))
