# Functions carry a __dict__: arbitrary attributes, vars(), replacement and memo tables.
def tagged():
    return tagged.calls


tagged.calls = 0
tagged.tags = ["a"]
print(tagged.__dict__, vars(tagged), tagged())
tagged.calls += 5
print(tagged(), "calls" in tagged.__dict__, hasattr(tagged, "missing"))
del tagged.tags
print(tagged.__dict__)
try:
    del tagged.tags
except AttributeError as e:
    print(type(e).__name__, e)
try:
    tagged.nothing
except AttributeError as e:
    print(type(e).__name__, e)
tagged.__dict__ = {"replaced": True}
print(tagged.replaced, vars(tagged))
try:
    tagged.__dict__ = ["not", "a", "dict"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del tagged.__dict__
except TypeError as e:
    print(type(e).__name__, e)


def memo(n):
    cache = memo.__dict__.setdefault("cache", {})
    if n not in cache:
        cache[n] = n if n < 2 else memo(n - 1) + memo(n - 2)
    return cache[n]


print(memo(40), len(memo.cache))


def register(kind):
    def deco(fn):
        fn.kind = kind
        fn.registered = True
        return fn
    return deco


@register("handler")
def on_event():
    pass


print(on_event.kind, on_event.registered, sorted(vars(on_event)))


class C:
    def method(self):
        pass


C.method.note = "on the function"
bound = C().method
print(bound.note, C.method.note)
try:
    bound.note = "via bound method"
except AttributeError as e:
    print(type(e).__name__, e)
lam = lambda: None
lam.x = 1
print(vars(lam), lam.__dict__ is vars(lam))
try:
    len.custom = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(len)
except TypeError as e:
    print(type(e).__name__, e)


def counter():
    counter.n = getattr(counter, "n", 0) + 1
    return counter.n


print([counter() for _ in range(3)])
setattr(counter, "dyn", "set by setattr")
print(getattr(counter, "dyn"), counter.__dict__)
