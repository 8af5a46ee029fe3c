# Each generator has its own "exception being handled" state (CPython's gi_exc_state): a
# generator suspended inside an except block neither leaks that exception to its caller nor
# sees the caller's handled exception replaced by its own.
import sys


def suspended_in_handler():
    try:
        raise KeyError("generator's")
    except KeyError:
        yield sys.exception()
        yield sys.exception()


g = suspended_in_handler()
print("inside:", repr(next(g)))
print("caller sees:", repr(sys.exception()))
try:
    raise ValueError("caller's")
except ValueError as e:
    print("caller context:", repr(e.__context__))
    print("resumed inside caller's handler:", repr(next(g)))
    print("caller still handles:", repr(sys.exception()))
    try:
        raise
    except ValueError as again:
        print("bare raise re-raises:", repr(again))
print(next(g, "finished"))


# A generator that handles nothing sees the caller's exception as context.
def raises_later():
    yield 1
    raise IndexError("from generator")


r = raises_later()
next(r)
try:
    raise OSError("outer")
except OSError:
    try:
        next(r)
    except IndexError as e:
        print("context from caller:", repr(e.__context__))


# throw() into a generator suspended in a handler chains the generator's exception.
def handling():
    try:
        raise IndexError("active")
    except IndexError:
        yield "waiting in handler"


h = handling()
next(h)
try:
    h.throw(TypeError("thrown"))
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# sys.exc_info() inside a generator handler after resumption.
def exc_info_gen():
    try:
        raise NameError("n")
    except NameError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[1].args
    yield sys.exc_info()


print(list(exc_info_gen()))
