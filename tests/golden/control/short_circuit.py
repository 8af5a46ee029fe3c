# and / or / not return operand values and short-circuit evaluation.
print(0 or "x", "" or 0 or None, 1 and 2, [] and 1, None or [], 3 or 1 / 0)
print(0 and 1 / 0, "a" and "b" and "c", "a" and "" and "c", 0 or 0.0)
print(not [], not [0], not 0, not "", not None, not 1.5, not not "x")
print(1 and None, None and 1, False or False, True and True)
calls = []

def t(name, value):
    calls.append(name)
    return value

r = t("a", 0) or t("b", "") or t("c", "C") or t("d", "D")
print(r, calls)
calls = []
r = t("a", 1) and t("b", 2) and t("c", 0) and t("d", 4)
print(r, calls)
calls = []
r = t("a", 0) and t("b", 1) or t("c", 2)
print(r, calls)
calls = []
r = not t("a", []) or t("b", 1)
print(r, calls)
x = None
name = x or "default"
print(name)
lst = [1]
print(lst and lst[0], [] and [][0])
d = {}
print("k" in d and d["k"], "k" not in d or d["k"])
print(type(0 or 1.0).__name__, type(1 and "s").__name__)
v = 5
print(v > 3 and v < 10, v > 3 and "yes" or "no", v > 30 and "yes" or "no")
print((0 or False) is False, (False or 0) == 0, (None and 1) is None)
try:
    print(1 and 1 / 0)
except ZeroDivisionError as e:
    print("evaluated:", e)
try:
    print(0 or undefined_name)
except NameError as e:
    print(e)
