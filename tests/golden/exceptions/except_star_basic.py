# try/except* (PEP 654): each clause takes its part of the group.

def run(exc):
    print("raising", repr(exc))
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* TypeError as e:
        print("  TypeError part:", repr(e))
    except* LookupError as e:
        print("  LookupError part:", repr(e))
    print("  after")


run(ExceptionGroup("all three", [ValueError(1), TypeError(2), KeyError(3)]))
run(ExceptionGroup("values", [ValueError(1), ValueError(2)]))
run(ExceptionGroup("nested", [ExceptionGroup("in", [IndexError(0), ValueError(5)]), TypeError(6)]))

# A clause body runs at most once, however many leaves match.
count = 0
try:
    raise ExceptionGroup("many", [OSError(i) for i in range(5)])
except* OSError as e:
    count += 1
    print(len(e.exceptions), "OSErrors in one go")
print("count", count)

# The clause order decides which clause gets a leaf.
try:
    raise ExceptionGroup("order", [KeyError("k"), IndexError("i")])
except* KeyError as e:
    print("KeyError first:", repr(e))
except* LookupError as e:
    print("then LookupError:", repr(e))

# No name bound.
try:
    raise ExceptionGroup("anon", [ValueError()])
except* ValueError:
    print("anonymous clause")

# The name is unbound after the clause, as with except.
try:
    raise ExceptionGroup("unbind", [ValueError()])
except* ValueError as bound:
    pass
try:
    bound
except NameError as e:
    print(e)

# Nothing raised: else runs.
try:
    print("quiet body")
except* ValueError:
    print("not run")
else:
    print("else runs")
