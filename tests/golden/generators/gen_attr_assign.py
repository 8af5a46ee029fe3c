# Assigning generator attributes: __name__/__qualname__ are writable (strings only) on each
# generator object; gi_running and gi_suspended are read-only; other names do not exist.


def simple():
    yield 1


g = simple()
g.__name__ = "renamed"
g.__qualname__ = "Renamed.qual"
print(g.__name__, g.__qualname__, simple.__name__)
print(simple().__name__, simple().__qualname__)
try:
    g.__name__ = 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
for attr in ("gi_running", "gi_suspended"):
    try:
        setattr(g, attr, True)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    g.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
ge = (x for x in "ab")
ge.__name__ = "named_genexpr"
print(ge.__name__, ge.__qualname__)
