# **kwargs preserve call order; explicit keywords, ** merges and duplicates.
def collect(*args, **kwargs):
    return args, kwargs

print(collect(b=1, a=2, c=3))
print(collect(1, *[2, 3], *(), 4, z=0, **{"y": 1}, x=2, **{"w": 3}))
base = {"alpha": 1, "beta": 2}
print(collect(**base, gamma=3))
print(collect(gamma=3, **base))
try:
    collect(**base, alpha=5)
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def named(a, b, c=3, *, d=4, **rest):
    return f"a={a} b={b} c={c} d={d} rest={rest}"
print(named(1, 2))
print(named(c=0, b=1, a=2))
print(named(*(1, 2, 3), **{"d": 5, "e": 6}))
print(named(1, **{"b": 2, "zz": 0, "d": 9}))
args = [10]
kw = {"b": 20}
print(named(*args, **kw), args, kw)
def modifies(**kw):
    kw["new"] = True
    return kw
src = {"k": 1}
print(modifies(**src), src)
def count_kw(**kw):
    n = 0
    for k in kw:
        n += len(k)
    return n
print(count_kw(), count_kw(x=1), count_kw(**{"long_name": 1, "s": 2}))
try:
    named(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    named(1, 2, a=3)
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    collect(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**[1])
except TypeError as e:
    print("TypeError:", e)
