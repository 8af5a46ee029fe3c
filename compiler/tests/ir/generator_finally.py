def numbers(limit):
    try:
        for i in range(limit):
            got = yield i * 2
            print("sent", got)
    finally:
        print("cleanup")


def pairs(xs):
    # A yield inside a larger expression: `len(xs)` and the `divmod` callable are live
    # across it, so the frame carries them.
    return divmod(len(xs), (yield len(xs)))
