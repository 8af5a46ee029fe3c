# The current-task table as CPython's C module keeps it: _enter_task / _leave_task refuse a
# second task or the wrong one with their RuntimeError messages; current_task per loop.
import asyncio
from asyncio import tasks


class FakeTask:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"<Fake {self.n}>"


def attempt(label, f, *args):
    try:
        f(*args)
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


loop1 = asyncio.new_event_loop()
loop2 = asyncio.new_event_loop()
a, b = FakeTask(1), FakeTask(2)
attempt("enter a on loop1", tasks._enter_task, loop1, a)
attempt("enter b on loop2", tasks._enter_task, loop2, b)
print(asyncio.current_task(loop1), asyncio.current_task(loop2))
attempt("enter b on loop1", tasks._enter_task, loop1, b)
attempt("leave b from loop1", tasks._leave_task, loop1, b)
attempt("leave a from loop1", tasks._leave_task, loop1, a)
attempt("leave a again", tasks._leave_task, loop1, a)
print(asyncio.current_task(loop1), asyncio.current_task(loop2))
attempt("leave b from loop2", tasks._leave_task, loop2, b)
attempt("current_task()", asyncio.current_task)
attempt("get_running_loop()", asyncio.get_running_loop)
print(asyncio.events._get_running_loop())


async def inner():
    me = asyncio.current_task()
    running = asyncio.get_running_loop()
    # Entering another task while this one runs is refused.
    try:
        tasks._enter_task(running, FakeTask(3))
    except RuntimeError as e:
        print(str(e).split(" while")[0], "while another is being executed")
    return me is asyncio.current_task(running), running is loop1


print(loop1.run_until_complete(inner()))
print(asyncio.current_task(loop1))
loop1.close()
loop2.close()
