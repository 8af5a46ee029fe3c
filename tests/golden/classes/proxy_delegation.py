# Proxies built on __getattr__: attribute delegation works, implicit special lookups do not.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_reads", [])

    def __getattr__(self, name):
        self._reads.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)

    def __delattr__(self, name):
        delattr(self._target, name)


class Target:
    def __init__(self):
        self.items = [3, 1, 2]

    def total(self):
        return sum(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Target({self.items})"


t = Target()
p = Proxy(t)
print(p.items, p.total(), p.__len__(), p._reads)
p.extra = "written through"
print(t.extra, "extra" in vars(p), sorted(vars(p)))
del p.extra
print(hasattr(t, "extra"))
for label, thunk in [("len", lambda: len(p)), ("iter", lambda: iter(p)), ("index", lambda: p[0]),
                     ("add", lambda: p + 1), ("call", lambda: p())]:
    try:
        thunk()
    except TypeError as e:
        print(label, type(e).__name__, e)
print(repr(p).startswith("<__main__.Proxy object"), str(p) == repr(p))


class SpecialProxy(Proxy):
    def __len__(self):
        return len(self._target)

    def __getitem__(self, i):
        return self._target.items[i]

    def __repr__(self):
        return f"SpecialProxy({self._target!r})"


sp = SpecialProxy(Target())
print(len(sp), sp[1], list(sp), sp, sp.total())


class Recorder:
    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        def method(*args, **kwargs):
            self.calls.append((name, args, kwargs))
            return self
        return method


r = Recorder()
r.open("f").write("data", flush=True).close()
print(r.calls)
print(getattr(r, "anything") is not None, callable(r.anything))


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None


ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, ad.keys() == {"a", "b"})
del ad.a
try:
    ad.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del ad.zz
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(ad, "items"), ad.items())
