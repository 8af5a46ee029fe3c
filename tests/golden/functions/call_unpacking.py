# Call-site * and ** unpacking.
def f(a, b, c=30, d=40):
    return [a, b, c, d]

print(f(*[1, 2]))
print(f(*(1, 2, 3)))
print(f(*"xy"))
print(f(*range(4)))
print(f(1, *[2], d=4))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"d": 4, "b": 2}))
print(f(*[1], **{"b": 2, "c": 3}))
print(f(*[1], *[2], **{"c": 3}, **{"d": 4}))
print(f(1, *(), 2, *[], d=0))
args = [5, 6]
kwargs = {"c": 7}
print(f(*args, **kwargs), args, kwargs)

def g(*args, **kwargs):
    return args, kwargs

print(g(*[1, 2], 3, *(4,), k=1, **{"m": 2}))
print(g(**{}), g(*[]))
d = {}
d["z"] = 26
d["y"] = 25
print(g(**d))
print(max(*[3, 9, 2]), min(*"hello"), len(*["abc"]))
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], "only")
errs = [
    lambda: f(*[1, 2, 3, 4, 5]),
    lambda: f(*[1]),
    lambda: f(1, **{"a": 1, "b": 2}),
    lambda: f(**{"a": 1}, a=2),
    lambda: f(**{"a": 1, "b": 2, "q": 3}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: g(**{1: 2}),
]
for e in errs:
    try:
        e()
    except TypeError as exc:
        print("TypeError:", exc)
