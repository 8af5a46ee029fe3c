# contextmanager whose generator yields twice: RuntimeError at the end of the with block.
from contextlib import contextmanager


@contextmanager
def session(name):
    print("open", name)
    yield name
    print("unexpected second phase")
    yield name


with session("db") as s:
    print("using", s)
print("not reached")
