# Weak references to functions, bound methods, classes and sets.
import weakref


def helper():
    return "helped"


wf = weakref.ref(helper)
print(wf()(), wf() is helper)


class Service:
    def run(self):
        return "running"


s = Service()
wm = weakref.ref(s.run)          # the bound method is a temporary: dead at once
print(wm())
wc = weakref.ref(Service)
print(wc() is Service, wc().__name__)
tags = {"a", "b"}
frozen = frozenset([1, 2])
ws, wz = weakref.ref(tags), weakref.ref(frozen)
print(sorted(ws()), sorted(wz()))
del tags, frozen
print(ws(), wz())


def make_closure(n):
    def inner():
        return n * 2
    return inner


fn = make_closure(21)
notes = []
wfn = weakref.ref(fn, lambda r: notes.append("closure gone"))
print(wfn()())
fn = None
print(notes, wfn())
lam = lambda: 0
lam_ref = weakref.ref(lam)
del lam
print(lam_ref())
print(weakref.getweakrefcount(helper), weakref.getweakrefcount(Service) >= 1)
