# throw() with a traceback argument, and tracebacks of exceptions passing through generators.


def gen():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}; traceback attached: {e.__traceback__ is not None}"


def make_error():
    try:
        raise ValueError("with tb")
    except ValueError as e:
        return e


err = make_error()
tb = err.__traceback__
print("has traceback:", tb is not None, type(tb).__name__)

g = gen()
next(g)
print(g.throw(ValueError, err, tb))

g2 = gen()
next(g2)
print(g2.throw(ValueError, "plain", None))

g3 = gen()
next(g3)
print(g3.throw(err.with_traceback(None)))


# The frames an exception passed through while propagating out of a generator.
def depth_two():
    yield 0
    raise KeyError("deep")


def depth_one():
    yield from depth_two()


def names_in_traceback(e):
    names = []
    t = e.__traceback__
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    return names


try:
    list(depth_one())
except KeyError as e:
    print(names_in_traceback(e))

# An exception thrown in and propagating back out.
g4 = depth_one()
next(g4)
try:
    g4.throw(IndexError("thrown"))
except IndexError as e:
    print(names_in_traceback(e))
