# Traceback objects: the chain an exception records, identity, reassignment, exc_info.
import sys
from contextlib import ExitStack


def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def inner(x):
    return 10 // x


def middle(x):
    return inner(x) + 1


def outer(x):
    try:
        return middle(x)
    except ZeroDivisionError as e:
        print("in outer:", walk(e.__traceback__))
        raise


try:
    outer(0)
except ZeroDivisionError as e:
    first = e.__traceback__
    print("caught:", walk(first))
    print("same object twice:", e.__traceback__ is first, sys.exc_info()[2] is first)
    print("exc_info types:", sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
    saved = e

print("outside a handler:", sys.exc_info())
print("kept after the handler:", walk(saved.__traceback__)[0])

# with_traceback: clearing, then raising again records only the new frames.
def reraise(err):
    raise err.with_traceback(None)


try:
    reraise(saved)
except ZeroDivisionError as e:
    print("re-raised fresh:", walk(e.__traceback__))

# Moving one exception's traceback onto another.
try:
    inner(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
other = ValueError("moved")
print(other.__traceback__, other.with_traceback(tb) is other, walk(other.__traceback__))
other.__traceback__ = None
print(other.__traceback__)
for bad in (1, "tb"):
    try:
        other.__traceback__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    other.with_traceback(42)
except TypeError as e:
    print("TypeError:", e)
try:
    del other.__traceback__
except TypeError as e:
    print("TypeError:", e)


# __exit__ and ExitStack callbacks get the traceback.
class Show:
    def __init__(self, name):
        self.name = name

    def __exit__(self, et, ev, tb):
        print(self.name, "exit:", None if tb is None else walk(tb))
        return True

    def __enter__(self):
        return self


with Show("plain"):
    middle(0)
with ExitStack() as stack:
    stack.push(Show("stacked"))
    inner(0)
with Show("no error"):
    pass

# Groups: split parts share the original traceback objects.
def fail_group():
    raise ExceptionGroup("grp", [KeyError("k"), OSError("o")])


try:
    fail_group()
except ExceptionGroup as eg:
    keys, rest = eg.split(KeyError)
    print("split shares:", keys.__traceback__ is eg.__traceback__, rest.__traceback__ is eg.__traceback__)
    print("group frames:", [n for n, _ in walk(eg.__traceback__)])

# Attributes of the objects.
try:
    inner(0)
except ZeroDivisionError as e:
    t = e.__traceback__
    print(type(t).__name__, type(t.tb_frame).__name__, type(t.tb_frame.f_code).__name__)
    try:
        t.tb_lineno = 3
    except AttributeError as err:
        print("AttributeError:", err)
