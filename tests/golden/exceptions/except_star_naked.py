# A naked exception caught by except* arrives wrapped in ExceptionGroup('').

try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), repr(str(e)))
    print(e.message == "", type(e.exceptions[0]).__name__, e.exceptions[0].args)

leaf = KeyError("leaf")
try:
    raise leaf
except* LookupError as e:
    print(e.exceptions[0] is leaf)

# A BaseException that is not an Exception is wrapped in a BaseExceptionGroup.
try:
    raise KeyboardInterrupt("stop")
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))

# Unmatched naked exceptions pass through unchanged.
try:
    try:
        raise leaf
    except* TypeError:
        print("not here")
except KeyError as e:
    print("unchanged:", e is leaf)

# Raising in the clause replaces a naked exception: the new one is raised as it is.
try:
    try:
        raise ValueError("first")
    except* ValueError as e:
        raise RuntimeError("second")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# A bare raise re-raises the handled exception: the wrapper group.
try:
    try:
        raise leaf
    except* KeyError:
        raise
except ExceptionGroup as e:
    print("bare raise:", repr(e), e.exceptions[0] is leaf)
