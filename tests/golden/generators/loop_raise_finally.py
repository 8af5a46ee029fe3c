# A generator raising inside a for loop: its own finally runs before the loop's handler,
# the loop's finally runs after, and PEP 479 turns a StopIteration escaping the body into a
# RuntimeError even when a for loop drives it.


def fails_at(n):
    try:
        for i in range(10):
            if i == n:
                raise ValueError(f"bad {i}")
            yield i
    finally:
        print("  gen finally")


def plain_fails(n):
    i = 0
    while True:
        if i == n:
            raise KeyError(i)
        yield i
        i += 1


def leaks_stop():
    yield 1
    raise StopIteration("leaked")


def nested_stop():
    yield 1
    next(iter([]))


def run(label, g):
    got = []
    try:
        try:
            for x in g:
                got.append(x)
        finally:
            print("  loop finally", got)
    except Exception as e:
        print(label, type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)


def main():
    run("fails_at", fails_at(2))
    run("fails_at first", fails_at(0))
    run("plain_fails", plain_fails(3))
    run("leaks_stop", leaks_stop())
    run("nested_stop", nested_stop())
    g = plain_fails(1)
    run("plain again", g)
    run("after failure", g)  # finished: the loop sees nothing
    # An exception raised by the loop body closes nothing until the generator is dropped.
    try:
        for x in fails_at(5):
            if x == 1:
                raise OSError("from the body")
    except OSError as e:
        print("body raised", e)


main()
