# An exception raised deep in a chain of yield from delegations propagates to the top.


def level3(n):
    for i in range(n):
        yield i
    raise LookupError(f"level3 gave up after {n}")


def level2(n):
    got = yield from level3(n)
    yield got


def level1():
    yield "start"
    yield from level2(2)
    yield "end"


for item in level1():
    print(item)
