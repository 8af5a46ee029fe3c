# close(): GeneratorExit at the suspension point, finally blocks, idempotence.


def worker(name):
    print(f"{name}: start")
    try:
        for i in range(3):
            yield i
    except GeneratorExit:
        print(f"{name}: GeneratorExit")
        raise
    finally:
        print(f"{name}: finally")
    print(f"{name}: after loop")


# Closing an unstarted generator runs nothing at all.
a = worker("a")
print("close unstarted:", a.close())
print(list(a))

# Closing a suspended one raises GeneratorExit at the yield.
b = worker("b")
print(next(b))
print("close suspended:", b.close())
print("again:", b.close())
print(next(b, "exhausted"))

# Closing a finished generator is a no-op.
c = worker("c")
print(list(c))
print("close finished:", c.close())

# GeneratorExit is a BaseException: `except Exception` does not see it.
def guarded():
    try:
        yield 1
    except Exception as e:
        print("never here", e)
    finally:
        print("guarded finally")


d = guarded()
next(d)
d.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

# Returning while handling GeneratorExit is fine.
def quitter():
    try:
        yield "q"
    except GeneratorExit:
        print("quitting quietly")
        return "value discarded"


q = quitter()
next(q)
print("quitter close:", q.close())

# Raising another exception from the handler replaces GeneratorExit.
def angry():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("will not close")


an = angry()
next(an)
try:
    an.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
print(next(an, "finished after failed close"))

# close() from inside a for loop stops the iteration.
def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("counter closed at", n)


cnt = counter()
for v in cnt:
    if v == 3:
        cnt.close()
    print("saw", v)
print("loop over")

# A finally that itself raises during close.
def broken_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


bf = broken_finally()
next(bf)
try:
    bf.close()
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
