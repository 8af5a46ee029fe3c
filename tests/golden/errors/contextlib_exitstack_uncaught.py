# An ExitStack whose callbacks raise while the body's exception unwinds: the last callback's
# exception escapes, with the others chained as its context.
from contextlib import ExitStack


def fail(msg):
    raise OSError(msg)


with ExitStack() as stack:
    stack.callback(print, "plain callback still runs")
    stack.callback(fail, "closing the log failed")
    stack.callback(fail, "closing the socket failed")
    print("body")
    raise ValueError("body failed")
