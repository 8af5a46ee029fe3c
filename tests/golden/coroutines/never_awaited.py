# A coroutine dropped before it ever ran makes CPython print a RuntimeWarning on stderr;
# one that ran, or was closed, does not. The program itself carries on.


async def job(n):
    print("job", n, "ran")
    return n


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


job(1)
print("dropped a coroutine")
c = job(2)
c.close()
print("closed one explicitly")
print("ran one:", run(job(3)))
holder = [job(4)]
holder.clear()
print("end")
