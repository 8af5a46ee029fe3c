# and/or return one of their operands, not necessarily a bool.
def show(label, value):
    print(f"{label:>22} -> {value!r} ({type(value).__name__})")

show("0 or 'x'", 0 or "x")
show("'' or [] or {}", "" or [] or {})
show("'a' and 'b'", "a" and "b")
show("0 and 1/0", 0 and 1 / 0)
show("None or 0.0", None or 0.0)
show("[1] and [] or 'fb'", [1] and [] or "fb")
show("1 and 2 and 3", 1 and 2 and 3)
show("1 or 2 and 3", 1 or 2 and 3)
show("(1 or 2) and 3", (1 or 2) and 3)
show("not 0 or 'y'", not 0 or "y")
show("not (0 or '')", not (0 or ""))
show("-0.0 or 'neg zero falsy'", -0.0 or "neg zero falsy")
show("2**100 and 'big'", 2 ** 100 and "big")
show("() or (0,)", () or (0,))
show("range(0) or 'empty'", range(0) or "empty")
calls = []
def t(x):
    calls.append(x)
    return x

res = t(0) or t("") or t(None) or t(3) or t(4)
print(res, calls)
calls = []
res = t(1) and t("s") and t([]) and t(9)
print(res, calls)
calls = []
res = (t(0) and t(1)) or (t(2) and t(0)) or t("end")
print(res, calls)
d = {}
val = d.get("k") or d.get("j") or "default"
print(val)
name = None
print(name and name[0], (name or "anon")[0])
total = 0
for x in [0, 1, 2, "", "a", None, [], [0]]:
    total += 1 if (x or x == 0) else 0
print(total)
def first_truthy(*args):
    r = None
    for a in args:
        r = r or a
    return r
print(first_truthy(0, "", 5, 6), first_truthy(), first_truthy(0, False))
print(True + (3 and 4), (0 or False) is False, (0 and False) == 0, (0 and False) is False)
