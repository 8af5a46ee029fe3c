# Two coroutines suspended inside their own except blocks, resumed alternately: each sees
# its own exception being handled, never the other's (a frame keeps its handled
# exceptions while suspended).


class Yield:
    def __await__(self):
        yield


async def handler(name):
    try:
        raise ValueError(name)
    except ValueError as outer:
        await Yield()
        try:
            raise KeyError(name + "-inner")
        except KeyError as inner:
            await Yield()
            print(name, "inner context:", repr(inner.__context__))
        await Yield()
        try:
            raise
        except ValueError as again:
            print(name, "bare raise re-raised:", again is outer)
    return name


def plain_raise():
    try:
        raise TypeError("scheduler's own")
    except TypeError as e:
        return repr(e.__context__)


a, b = handler("a"), handler("b")
pending = [a, b]
rounds = 0
while pending:
    c = pending.pop(0)
    try:
        c.send(None)
        pending.append(c)
    except StopIteration as e:
        print("done", e.value)
    print("round", rounds, "scheduler context:", plain_raise())
    rounds += 1
