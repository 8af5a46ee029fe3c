# Re-entering a running generator from inside its own body, through next(), a for loop, a
# builtin consumer and send: ValueError 'generator already executing' each time, which the
# generator may catch.

me = None


def via_next():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("  via next:", type(e).__name__, e)
    yield 2


def via_for():
    yield "a"
    try:
        for x in me:
            print("  never", x)
    except ValueError as e:
        print("  via for:", type(e).__name__, e)
    yield "b"


def via_list():
    yield 10
    try:
        list(me)
    except ValueError as e:
        print("  via list:", e)
    yield 20


def uncaught():
    yield 0
    for x in me:
        yield x


def main():
    global me
    for maker in (via_next, via_for, via_list):
        me = maker()
        for x in me:
            print(maker.__name__, x)
    me = uncaught()
    try:
        for x in me:
            print("uncaught", x)
    except ValueError as e:
        print("loop saw:", type(e).__name__, e)
    print("state:", me.gi_running, me.gi_suspended)
    for x in me:
        print("never", x)
    print("finished")


main()
