# except* with else and finally, nested try statements, and handlers inside loops.

def run(raise_it):
    log = []
    try:
        try:
            log.append("body")
            if raise_it:
                raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            log.append("ValueError clause")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except ExceptionGroup as e:
        log.append("outer caught " + repr(e))
    print(log)


run(False)
run(True)


def finally_after_raise_in_clause():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("k")
    finally:
        print("finally still runs")


try:
    finally_after_raise_in_clause()
except KeyError as e:
    print("got", repr(e))

# Nested except* inside an except* clause.
try:
    raise ExceptionGroup("outer", [ValueError("o1"), TypeError("o2")])
except* ValueError as outer:
    print("outer clause", repr(outer))
    try:
        raise ExceptionGroup("inner", [KeyError("i1"), OSError("i2")])
    except* KeyError as inner:
        print("inner clause", repr(inner))
    except* OSError as inner:
        print("inner os", repr(inner), repr(inner.exceptions[0].__context__))
except* TypeError as outer:
    print("outer type", repr(outer))

# break/continue inside a loop that is itself inside the clause are fine.
try:
    raise ExceptionGroup("loop", [ValueError()])
except* ValueError:
    for i in range(10):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)

# except* inside a loop, with a function returning from outside the clause.
def first_failure(values):
    for v in values:
        failed = False
        try:
            if v < 0:
                raise ExceptionGroup("neg", [ValueError(v)])
        except* ValueError:
            failed = True
        if failed:
            return v
    return None


print(first_failure([1, 2, -3, -4]), first_failure([5]))

# A plain try/except around except* sees what propagates.
try:
    try:
        raise ExceptionGroup("deep", [ExceptionGroup("deeper", [ValueError(1), KeyError(2)])])
    except* KeyError as e:
        print("keys:", repr(e))
except* ValueError as e:
    print("values:", repr(e))
