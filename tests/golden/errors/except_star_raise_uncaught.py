# An exception raised in an except* clause propagates together with the unhandled rest.

def work():
    try:
        raise ExceptionGroup("work", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("clause failed")


print("before")
work()
