# Guards: evaluated after the captures are bound, may have side effects, may raise.
calls = []


def check(label, result):
    calls.append(label)
    return result


for v in [(1, 2), (2, 1), (3, 3)]:
    match v:
        case (a, b) if check(f"lt {a},{b}", a < b):
            print("ascending", a, b)
        case (a, b) if check(f"gt {a},{b}", a > b):
            print("descending", a, b)
        case (a, b):
            print("equal", a, b)
print(calls)

match 10:
    case n if (m := n * 2) > 15:
        print("walrus in guard", n, m)

try:
    match 0:
        case n if 1 / n:
            print("no")
except ZeroDivisionError as e:
    print("guard raised", e, "but n is bound:", n)


def first_positive(xs):
    for x in xs:
        match x:
            case int(v) if v > 0:
                return v
            case _:
                continue
    return None


print(first_positive([-1, "a", 0, 4, 5]))
