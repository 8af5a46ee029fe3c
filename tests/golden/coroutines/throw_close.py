# throw() and close() on a coroutine suspended inside an await reach the innermost
# awaitable's generator, and handlers at every level see them.


class Point:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        try:
            got = yield self.label
            return got
        except KeyError as e:
            print("  awaitable handled", repr(e))
            return "recovered"
        finally:
            print("  awaitable", self.label, "finally")


async def level2():
    try:
        r = await Point("p1")
        print("level2 got", r)
        r = await Point("p2")
        print("level2 got", r)
        return r
    except ValueError as e:
        print("level2 caught", e)
        raise RuntimeError("converted") from e


async def level1():
    try:
        return await level2()
    finally:
        print("level1 finally")


c = level1()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.throw(ValueError("v"))
except RuntimeError as e:
    print("outer saw", type(e).__name__, e, "cause:", repr(e.__cause__))

c = level1()
print(c.send(None))
c.close()
print("closed, suspended:", c.cr_suspended)


async def stubborn():
    try:
        await Point("again")
    except GeneratorExit:
        print("ignoring GeneratorExit")
        await Point("still here")
    return "finished anyway"


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s.send(None)
except StopIteration as e:
    print("resumed after the failed close:", e.value)


async def quick():
    return 1


q = quick()
try:
    q.throw(OSError("before start"))
except OSError as e:
    print("thrown before start propagates:", e)
try:
    q.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

t = level1()
t.send(None)
try:
    t.throw(TypeError)
except TypeError as e:
    print("type thrown as class:", type(e).__name__, e.args)
