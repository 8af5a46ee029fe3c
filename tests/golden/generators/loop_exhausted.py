# Generators exhausted and then iterated again, by for loops, next(), list() and sum();
# return values are dropped by loops and surface only through next()'s StopIteration.


def gen(n):
    for i in range(n):
        yield i
    return "the end"


def main():
    g = gen(3)
    for x in g:
        print("first pass", x)
    for x in g:
        print("second pass (never)", x)
    print("list after", list(g))
    print("sum after", sum(g))
    try:
        next(g)
    except StopIteration as e:
        print("next after: StopIteration", repr(e.value))

    g = gen(2)
    print("next", next(g), next(g))
    try:
        next(g)
    except StopIteration as e:
        print("exhausting next:", type(e).__name__, e.value)
    for x in g:
        print("never", x)
    print("next default", next(g, "dflt"))

    # Breaking out leaves it suspended; the next loop continues where it stopped.
    g = gen(5)
    for x in g:
        if x == 1:
            break
    print("after break", [x for x in g])

    # A generator that returns at once.
    def nothing():
        return 42
        yield

    n = nothing()
    for x in n:
        print("never", x)
    try:
        next(n)
    except StopIteration as e:
        print("nothing then:", repr(e.value))
    print("gi_running/suspended", g.gi_running, g.gi_suspended)


main()
