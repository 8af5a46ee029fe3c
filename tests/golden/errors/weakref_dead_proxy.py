# Using a proxy whose referent has died raises ReferenceError.
import weakref


class Session:
    def __init__(self, user):
        self.user = user


s = Session("ann")
p = weakref.proxy(s)
print(p.user)
del s
print("session closed")
print(p.user)
