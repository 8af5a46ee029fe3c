# Control flow that spans yields: for/else, while/else, break, continue, match, nested loops.


def search(rows, target):
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cmd = yield (r, c)
            if cmd == "skip-row":
                break
            if value == target:
                yield f"found at {r},{c}"
                return
        else:
            yield f"row {r} fully scanned"
            continue
        yield f"row {r} skipped"
    else:
        yield "not found"


grid = [[1, 2], [3, 4], [5, 6]]
g = search(grid, 6)
out = [next(g)]
cmds = iter([None, None, "skip-row", None, None, None, None, None, None])
for step in g:
    out.append(step)
    if isinstance(step, tuple):
        nxt = next(cmds)
        if nxt:
            out.append(g.send(nxt))
print(out)
print(list(search(grid, 7)))


def countdown_else(n):
    while n > 0:
        received = yield n
        if received == "abort":
            yield "aborted"
            break
        n -= 1
    else:
        yield "liftoff"


print(list(countdown_else(3)))
cd = countdown_else(3)
print(next(cd), cd.send("abort"), list(cd))


def dispatcher():
    result = None
    while True:
        msg = yield result
        match msg:
            case ("add", a, b):
                result = a + b
            case ("neg", x):
                result = -x
            case {"op": "concat", "items": [*items]}:
                result = "".join(items)
            case str(s) if s.startswith("#"):
                result = "comment ignored"
                continue
            case "quit":
                return "bye"
            case _:
                result = f"unknown {msg!r}"


d = dispatcher()
next(d)
for m in [("add", 2, 3), ("neg", 7), {"op": "concat", "items": ["a", "b"]}, "# note", 42]:
    print(d.send(m))
try:
    d.send("quit")
except StopIteration as e:
    print(e.value)


def nested_continue():
    for i in range(4):
        if i % 2:
            continue
        j = 0
        while True:
            j += 1
            if j > i:
                break
            yield (i, j)
    yield "done"


print(list(nested_continue()))


# try/finally inside loops with break and continue, across yields.
def loop_finally():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            yield f"finally {i}"


print(list(loop_finally()))
