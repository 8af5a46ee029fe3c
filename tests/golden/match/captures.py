# Capture patterns, wildcards, `as`, and where the names are bound.
def f(x):
    match x:
        case [a, b] if a == b:
            return ("same", a)
        case [a, b]:
            return ("pair", a, b)
        case (1 | 2) as n:
            return ("one or two", n)
        case [*_, 0] as whole:
            return ("ends in zero", whole)
        case other:
            return ("other", other)


for v in [[1, 1], [1, 2], 2, [5, 6, 0], "z"]:
    print(f(v))

# Names bound by a failing pattern stay unbound; a failing guard leaves them bound.
match [1, 2]:
    case [p, 3]:
        pass
    case _:
        pass
try:
    print(p)
except NameError as e:
    print("NameError", e)
match [1, 2]:
    case [q, r] if q > r:
        pass
    case _:
        print("guard failed, q and r are", q, r)
# Capture at module level binds globals; `_` never binds.
match 42:
    case answer:
        print("answer", answer)
match 7:
    case _:
        pass
try:
    print(_)
except NameError as e:
    print("NameError", e)
