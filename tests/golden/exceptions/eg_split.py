# split() and subgroup() with a type, a tuple of types, or a predicate.

leaf_v1 = ValueError("v1")
leaf_t1 = TypeError("t1")
leaf_v2 = ValueError("v2")
leaf_k = KeyError("k")
inner = ExceptionGroup("inner", [leaf_v2, leaf_k])
g = ExceptionGroup("outer", [leaf_v1, leaf_t1, inner])


def show(label, part):
    print(label, repr(part))


match, rest = g.split(ValueError)
show("match", match)
show("rest", rest)
print(match.exceptions[0] is leaf_v1, match.exceptions[1].exceptions[0] is leaf_v2)

match, rest = g.split((TypeError, KeyError))
show("tuple match", match)
show("tuple rest", rest)

match, rest = g.split(lambda e: isinstance(e, ValueError) and "2" in str(e))
show("pred match", match)
show("pred rest", rest)

# The predicate also sees the groups themselves.
seen = []
def record(e):
    seen.append(type(e).__name__)
    return False
print(g.split(record))
print(seen)

# Whole-group matches return the group itself.
print(g.subgroup(ExceptionGroup) is g, g.split(Exception)[0] is g)
print(g.subgroup(lambda e: e is g) is g)
show("subgroup none", g.subgroup(OSError))
print(g.split(OSError)[0], g.split(OSError)[1] is g)
show("subgroup", g.subgroup(KeyError))
show("subgroup base", g.subgroup(LookupError))

# The original is unchanged.
show("original", g)

for bad in (1, "ValueError", (ValueError, 2), int, ValueError()):
    try:
        g.split(bad)
    except TypeError as e:
        print(type(bad).__name__, "->", e)

try:
    g.subgroup(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print("predicate raised:", e)
