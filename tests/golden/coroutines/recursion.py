# Deep and recursive awaits: each await level is a suspended frame holding its locals.


class Hop:
    def __await__(self):
        yield "hop"


async def depth_sum(n):
    if n == 0:
        await Hop()
        return 0
    here = n
    below = await depth_sum(n - 1)
    return here + below


def run(coro):
    hops = 0
    try:
        while True:
            coro.send(None)
            hops += 1
    except StopIteration as e:
        return e.value, hops


print(run(depth_sum(50)))


async def tree(depth, label):
    if depth == 0:
        await Hop()
        return [label]
    left = await tree(depth - 1, label + "L")
    right = await tree(depth - 1, label + "R")
    return left + right


print(run(tree(3, "")))


async def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return await ackermann(m - 1, 1)
    return await ackermann(m - 1, await ackermann(m, n - 1))


print(run(ackermann(2, 3)))
