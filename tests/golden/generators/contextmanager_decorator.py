# A @contextmanager object used as a decorator (ContextDecorator): each call of the decorated
# function runs inside a fresh context manager recreated from the same generator function.
from contextlib import contextmanager


@contextmanager
def managed(name, log):
    log.append(f"acquire {name}")
    try:
        yield log
    except KeyError as e:
        log.append(f"handled KeyError {e}")
    finally:
        log.append(f"release {name}")


log = []


@managed("deco", log)
def work(x):
    log.append(f"work {x}")
    if x < 0:
        raise KeyError(x)
    return x * 2


print(work(1), work(2))
print(log)
log.clear()
print(work(-1))
print(log)
log.clear()


@managed("plain", log)
def fails():
    raise ValueError("not suppressed")


try:
    fails()
except ValueError as e:
    print(type(e).__name__, e)
print(log)
print(work.__name__, fails.__name__)
