# At exit, module globals are released in the order they were first bound: __del__ methods,
# weak reference callbacks and generators' finally blocks run then.
import weakref


class Handle:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name)


def ticker():
    try:
        yield 1
        yield 2
    finally:
        print("ticker closed")


first = Handle("first")
_private = Handle("private")
gen = ticker()
print(next(gen))
watched = Handle("watched")
ref = weakref.ref(watched, lambda r: print("callback: watched is gone"))
last = Handle("last")
first = Handle("first, rebound")
weakref.finalize(last, print, "finalize runs before teardown")
print("end of program")
