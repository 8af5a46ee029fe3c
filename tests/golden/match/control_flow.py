# match inside loops and functions: break, continue, return; nested match statements.
def classify(commands):
    out = []
    for cmd in commands:
        match cmd.split():
            case ["quit"]:
                out.append("bye")
                break
            case ["skip", *_]:
                continue
            case ["go", direction]:
                match direction:
                    case "north" | "south":
                        out.append("vertical " + direction)
                    case "east" | "west":
                        out.append("horizontal " + direction)
                    case _:
                        out.append("lost")
            case ["say", *words]:
                out.append(" ".join(words))
            case []:
                out.append("empty")
            case _:
                out.append("?")
    return out


print(classify(["go north", "skip this", "say hello there", "", "go up", "jump", "quit", "go east"]))


def fact(n):
    match n:
        case 0 | 1:
            return 1
        case _:
            return n * fact(n - 1)


print(fact(10))


def inner_try(v):
    try:
        match v:
            case [x]:
                return 10 // x
            case _:
                raise KeyError(v)
    except ZeroDivisionError:
        return "div"
    finally:
        print("finally", v)


print(inner_try([2]), inner_try([0]))
try:
    inner_try(5)
except KeyError as e:
    print("KeyError", e)
