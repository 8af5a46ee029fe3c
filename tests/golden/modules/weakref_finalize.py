# weakref.finalize: runs once, when the object dies, when called, or at exit.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, *, mode="normal"):
    print("cleanup", name, mode)
    return name.upper()


r = Resource("db")
f = weakref.finalize(r, cleanup, "db", mode="close")
print(f.alive, f.atexit, type(f).__name__)
obj, func, args, kwargs = f.peek()
print(obj is r, func is cleanup, args, kwargs)
print("dropping")
del r
print("dropped", f.alive, f(), f.peek(), f.detach())

r2 = Resource("file")
f2 = weakref.finalize(r2, cleanup, "file")
print(f2(), f2.alive, f2())
del r2
print("no second call")

r3 = Resource("sock")
f3 = weakref.finalize(r3, cleanup, "sock")
info = f3.detach()
print(info[0] is r3, info[2], f3.alive)
del r3, info
print("detached: nothing ran")


def boom():
    raise ValueError("finalizer failed")


r4 = Resource("bad")
weakref.finalize(r4, boom)
del r4
print("after failing finalizer")

# still alive at exit: called then, newest first, unless atexit is false
keep1 = Resource("k1")
keep2 = Resource("k2")
keep3 = Resource("k3")
weakref.finalize(keep1, print, "exit k1")
weakref.finalize(keep2, print, "exit k2")
f3 = weakref.finalize(keep3, print, "exit k3")
f3.atexit = False
try:
    weakref.finalize(5, print)
except TypeError as e:
    print(type(e).__name__, e)
print("end of program")
