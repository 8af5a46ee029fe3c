# An exception in a weak reference callback is reported and ignored; the program goes on.
import weakref


class Token:
    pass


def bad_callback(ref):
    print("callback sees a dead reference:", ref() is None)
    raise KeyError("from callback")


t = Token()
r = weakref.ref(t, bad_callback)
try:
    del t
    print("no exception reached the program")
except KeyError:
    print("not reached")
print(r())
