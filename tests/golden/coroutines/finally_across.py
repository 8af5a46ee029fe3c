# try/except/finally and with blocks stay correct across suspensions: the handled
# exception, pending finally bodies and context managers survive an await.


class Yield:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return (yield self.v)


class Cm:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False


async def body(log):
    with Cm("outer"):
        try:
            log.append(await Yield("in try"))
            raise ValueError("first")
        except ValueError as e:
            log.append(await Yield("in except"))
            print("still handling", repr(e))
            try:
                raise KeyError("second")
            except KeyError as k:
                print("context is", repr(k.__context__))
        finally:
            log.append(await Yield("in finally"))
            print("finally done")
    return log


def run(coro):
    n = 0
    v = coro.send(None)
    while True:
        print("yielded", v)
        n += 1
        try:
            v = coro.send(n)
        except StopIteration as e:
            return e.value


print(run(body([])))


async def reraise_after_await():
    try:
        raise LookupError("original")
    except LookupError:
        await Yield("mid-handler")
        raise


def other_code():
    # Runs while the coroutine is suspended inside its except block: no exception leaks.
    try:
        raise NameError("unrelated")
    except NameError as e:
        return repr(e.__context__)


c = reraise_after_await()
c.send(None)
print("outside sees context:", other_code())
try:
    c.send(None)
except LookupError as e:
    print("bare raise after await:", repr(e))


async def finally_on_close():
    try:
        await Yield("x")
    finally:
        print("finally on close")


f = finally_on_close()
f.send(None)
f.close()


async def return_through_finally():
    try:
        await Yield(1)
        return "from try"
    finally:
        print("finally before return")
        await Yield(2)


print(run(return_through_finally()))
