# A StopIteration raised inside a coroutine body becomes RuntimeError (PEP 479), and a
# coroutine that is already running cannot be re-entered.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def raises_stop():
    raise StopIteration("leak")


try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)


async def next_on_empty():
    return next(iter([]))


try:
    run(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)


async def caught_inside():
    try:
        next(iter(()))
    except StopIteration:
        return "handled inside"


print(run(caught_inside()))

me = None


async def reenter():
    print("running:", me.cr_running)
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError:", e)
    return "after"


me = reenter()
print(run(me))
print("running after:", me.cr_running)
