# throw() with a type, an instance, a type plus value, and its argument errors.


class Custom(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.note = f"custom{args}"


def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            print("caught", type(e).__name__, e.args)
            if isinstance(e, Custom):
                print("  note", e.note)


g = catcher()
next(g)
print(g.throw(ValueError))
print(g.throw(ValueError("instance")))
print(g.throw(ValueError, "value"))
print(g.throw(ValueError, ("a", "b")))
print(g.throw(ValueError, None))
print(g.throw(Custom, 7))
print(g.throw(Custom(1, 2)))
inst = KeyError("k")
print(g.throw(KeyError, inst))

# A value that is an instance of a subclass is used as is.
class Sub(ValueError):
    pass


print(g.throw(ValueError, Sub("sub")))

# Errors in throw's arguments leave the generator untouched.
def check(*args):
    try:
        g.throw(*args)
    except TypeError as e:
        print(type(e).__name__, e)


check(42)
check("ValueError")
check(object)
check(ValueError("x"), "y")
check(ValueError, "v", "not a traceback")
check()
print(next(g))

# An exception the generator does not handle comes out of throw().
def plain():
    yield 1
    yield 2


p = plain()
next(p)
try:
    p.throw(IndexError, "bad index")
except IndexError as e:
    print("propagated", type(e).__name__, e)
print(list(p))

# The same exception object comes back.
q = plain()
next(q)
err = LookupError("same")
try:
    q.throw(err)
except LookupError as e:
    print("identity", e is err)

# throw(StopIteration) inside a generator becomes RuntimeError (PEP 479).
s = plain()
next(s)
try:
    s.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# throw(GeneratorExit) is allowed and finishes the generator.
x = plain()
next(x)
try:
    x.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit out", repr(e))
print(next(x, "done"))
