# bool and None values: printing, arithmetic and identity.
t = True
f = False
n = None
print(t, f, n, repr(t), str(n))
print(t + t, t + f, t * 7, f * 7, t - f, -t, +t, t / 2, t // 2, t % 2, t ** 2)
print(t + 1.5, f + 0.0, t == 1, f == 0, t == 1.0, t is True, f is not True)
print(t and f, t or f, not t, not f, not n, n is None, n == None, n != 0)
print(t & t, t | f, t ^ t, ~t, t << 4, t >> 1)
print(type(t + t).__name__, type(t & t).__name__, type(t and 1).__name__, type(n).__name__)
print(str(t) + str(f), len(str(t)), len(str(n)))
print(sum([t, t, f]), max(t, f), min(t, f), abs(t), divmod(t, t))
print(["yes", "no"][f], ["yes", "no"][t], "abc"[t])
counts = {}
counts[True] = "true key"
counts[1] = "one key overwrites"
print(counts)
print(True == True == 1, False < True, True > 0.5, False >= -0.0)
print(bool(n), bool(t), bool(f), bool("False"))
print(f"{t} {f} {n} {t:d} {t!r} {n!r} {t + 1}")
x = 5
print((x > 3) is True, (x > 30) is False)
result = None
for v in [0, "", None]:
    result = result or v
print(repr(result))

def nothing():
    pass

def explicit_none():
    return

print(nothing(), explicit_none(), nothing() is None)
try:
    print(None + 1)
except TypeError as e:
    print(e)
try:
    print(None < None)
except TypeError as e:
    print(e)
try:
    print(len(None))
except TypeError as e:
    print(e)
