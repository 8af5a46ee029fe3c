# Star-unpacking in list/tuple/dict displays and calls, with their TypeErrors.
a = [1, 2]
b = (3,)
print([*a, *b, *"xy", *range(2), *{"k": 1}], (*a, *b), (*a,), [*[], *()], (*"",))
print({**{"a": 1}, **{"a": 2, "b": 3}}, {**{}}, {"x": 0, **{"x": 1}, "x": 2})
bad = [
    ("[*5]", lambda: [*5]),
    ("(*None,)", lambda: (*None,)),
    ("[1, *2.5, 3]", lambda: [1, *2.5, 3]),
    ("{**[1]}", lambda: {**[1]}),
    ("{**None}", lambda: {**None}),
    ("{**{1: 2}, **'ab'}", lambda: {**{1: 2}, **"ab"}),
]
for text, thunk in bad:
    try:
        print(text, "->", thunk())
    except TypeError as e:
        print(text, "-> TypeError:", e)

def f(*args, **kw):
    return args, kw

print(f(*a, *b, **{"z": 1}), f(*"ab", x=1, **{"y": 2}), f(*(), **{}))
for text, thunk in [("f(*None)", lambda: f(*None)), ("f(**None)", lambda: f(**None)), ("f(*1, *[2])", lambda: f(*1, *[2]))]:
    try:
        thunk()
    except TypeError as e:
        print(text, "-> TypeError:", e)
