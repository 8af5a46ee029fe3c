# The with statement: enter/exit order, targets, several managers, suppression.


class Tracker:
    log = []

    def __init__(self, name, swallow=False, enter_value=None):
        self.name = name
        self.swallow = swallow
        self.enter_value = enter_value

    def __enter__(self):
        Tracker.log.append("enter " + self.name)
        return self if self.enter_value is None else self.enter_value

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type is not None else "-"
        Tracker.log.append(f"exit {self.name} {kind} {exc!r}")
        return self.swallow


with Tracker("one") as t:
    print("inside", t.name)
print(Tracker.log)
Tracker.log.clear()

with Tracker("a", enter_value=10) as x, Tracker("b", enter_value=20) as y:
    print("sum", x + y)
print(Tracker.log)
Tracker.log.clear()

with Tracker("outer", swallow=True):
    with Tracker("inner"):
        raise KeyError("k")
    print("not reached")
print("after suppression", Tracker.log)
Tracker.log.clear()

try:
    with Tracker("plain"):
        [][1]
except IndexError as e:
    print("propagated", e)
print(Tracker.log)
Tracker.log.clear()

# Unpacking targets and no target at all.
with Tracker("pair", enter_value=(1, (2, 3))) as (p, (q, r)):
    print(p, q, r)
with Tracker("bare"):
    pass
print(Tracker.log)
Tracker.log.clear()

# A manager whose __exit__ returns a truthy non-bool value still swallows.
class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return "yes"


with Truthy():
    raise RuntimeError("gone")
print("truthy swallowed")

# Target assignment to attributes and subscripts.
holder = {}


class Box:
    pass


b = Box()
with Tracker("attr", enter_value=7) as b.value, Tracker("item", enter_value=8) as holder["k"]:
    pass
print(b.value, holder)
