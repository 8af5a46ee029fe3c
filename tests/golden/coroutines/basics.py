# A coroutine object by hand: creation does not run the body; send(None) runs it to its
# first suspension or to its return, whose value travels in StopIteration.


async def greet(name, punctuation="!"):
    print("greet body runs for", name)
    return f"hello {name}{punctuation}"


c = greet("ada")
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object greet at 0x"))
print("suspended before start:", c.cr_suspended, "running:", c.cr_running, "await:", c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("returned:", e.value, "args:", e.args)
print("suspended after:", c.cr_suspended)


class Box:
    async def get(self, k):
        return k * 2

    @staticmethod
    async def static(x):
        return -x


b = Box()
m = b.get(21)
print(m.__qualname__)
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
s = Box.static(4)
try:
    s.send(None)
except StopIteration as e:
    print(s.__name__, e.value)


async def nothing():
    pass


n = nothing()
try:
    n.send(None)
except StopIteration as e:
    print("None result:", e.value, e.args)

# close() before start: silently finished, no warning.
unstarted = greet("bob")
unstarted.close()
print("closed:", unstarted.cr_suspended)
try:
    unstarted.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
