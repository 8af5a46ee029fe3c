# A bare raise in except* re-raises the wrapper group of a naked exception.
def f():
    raise KeyError("naked")


try:
    f()
except* KeyError:
    print("in clause")
    raise
