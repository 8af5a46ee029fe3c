# Exceptions raised inside except* clauses join what propagates.

def show(label, e):
    print(label, repr(e))
    for sub in e.exceptions if isinstance(e, BaseExceptionGroup) else ():
        ctx = sub.__context__
        print("   ", repr(sub), "context:", repr(ctx))


def one_new():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from the ValueError clause")


try:
    one_new()
except ExceptionGroup as e:
    show("new + rest:", e)


def only_new():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError:
        raise KeyError("replacement")


try:
    only_new()
except KeyError as e:
    # A single new exception, nothing left: it propagates alone.
    show("alone:", e)
    print("context:", repr(e.__context__))


def two_new():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError as e:
        raise IndexError("i") from e


try:
    two_new()
except ExceptionGroup as e:
    show("two new + rest:", e)
    print(repr(e.exceptions[1].__cause__))


def raise_group_in_clause():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("fresh", [KeyError("x")])
    except* TypeError:
        raise


try:
    raise_group_in_clause()
except ExceptionGroup as e:
    show("group raised in clause:", e)


def raise_caught_part():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


try:
    raise_caught_part()
except ExceptionGroup as e:
    # `raise e` adds a traceback entry: it counts as a new exception.
    show("raise e:", e)

# The handled exception inside a clause is the matched part.
import sys
try:
    raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(sys.exception() is e, repr(sys.exception()))
except* TypeError:
    print(repr(sys.exception()))
