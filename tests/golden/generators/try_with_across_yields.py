# try/except/finally and with blocks that stay open across yields.


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, typ, val, tb):
        print(f"exit {self.name}: {typ.__name__ if typ else None}")
        return typ is KeyError  # suppress KeyError only


def reader(names):
    for name in names:
        with Resource(name) as r:
            yield f"{r.name}-1"
            yield f"{r.name}-2"


print(list(reader(["a", "b"])))

g = reader(["c", "d"])
print(next(g), next(g), next(g))
g.close()
print("closed mid-way")

g = reader(["e"])
next(g)
print("suppressed throw ->", g.throw(KeyError("k")))
print(next(g, "exhausted"))

g = reader(["f"])
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("not suppressed:", e)


# Nested try blocks across yields, with else and finally.
def nested():
    try:
        print("outer try")
        try:
            x = yield "inner try"
            print("inner got", x)
        except ZeroDivisionError:
            print("inner except")
            yield "inner handler"
        else:
            print("inner else")
            yield "inner else"
        finally:
            print("inner finally")
            yield "inner finally"
        yield "after inner"
    except Exception as e:
        print("outer except", type(e).__name__)
        yield "outer handler"
    finally:
        print("outer finally")


print(list(nested()))
n = nested()
print(next(n))
print(n.throw(ZeroDivisionError))
print(n.throw(TypeError("t")))
print(list(n))


# An exception handled in a generator keeps its context across a yield.
def context_keeper():
    try:
        raise KeyError("first")
    except KeyError:
        yield "in handler"
        try:
            raise ValueError("second")
        except ValueError as e:
            yield f"context is {type(e.__context__).__name__} {e.__context__}"


print(list(context_keeper()))


# with over several context managers, suspended in between.
def multi():
    with Resource("x") as x, Resource("y") as y:
        yield x.name + y.name
        yield "still open"


m = multi()
print(next(m))
print(next(m))
print(next(m, "done"))


# A finally that yields during normal completion.
def finally_yield():
    try:
        yield 1
    finally:
        yield "cleanup value"


print(list(finally_yield()))
