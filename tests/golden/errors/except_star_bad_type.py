# except* ExceptionGroup is a TypeError at run time.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ExceptionGroup:
    print("never")
