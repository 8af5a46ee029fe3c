# Literal patterns: ints, floats, strings, bytes, negative and complex numbers, singletons.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1 + 2j:
            return "complex"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case _:
            return "other " + repr(x)


for v in [0, 1, 3, -1, 2.5, 1 + 2j, "hello", b"raw", True, False, None, 0.0, 1.0, "x", 4]:
    print(repr(v), "->", describe(v))
# True matches 1 by equality (1 == True), but the `True` pattern uses identity.
match 1:
    case True:
        print("1 is True?")
    case _:
        print("1 is not True")
match True:
    case 1:
        print("True == 1")
