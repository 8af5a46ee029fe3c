# One `for` loop site fed generators, iterator classes, built-in iterators and generators
# that delegate or handle exceptions, in turn: the loop's generator fast path must give way
# to the general protocol for everything else, and pick it up again afterwards.


def count_up(n):
    for i in range(n):
        yield i * 10


def guarded(n):
    try:
        for i in range(n):
            yield -i
    finally:
        print("  guarded finally")


def delegating(n):
    yield "start"
    r = yield from returning(n)
    yield ("returned", r)


def returning(n):
    for i in range(n):
        yield i
    return "done"


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration("ignored by for")
        self.n -= 1
        return self.n


def consume(label, it):
    out = []
    for x in it:
        out.append(x)
    print(label, out)


def main():
    for round_ in range(2):
        print("round", round_)
        consume("gen", count_up(3))
        consume("class", Countdown(3))
        consume("list", [1, 2])
        consume("guarded", guarded(2))
        consume("gen again", count_up(2))
        consume("delegating", delegating(2))
        consume("returning", returning(3))
        consume("genexpr", (c.upper() for c in "ab"))
        consume("map", map(abs, [-1, -2]))
        consume("empty gen", count_up(0))


main()
