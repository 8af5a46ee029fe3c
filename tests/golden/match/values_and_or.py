# Value patterns (dotted names) compare with ==; or-patterns try alternatives in order.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Config:
    class Limits:
        MAX = 10


def paint(c):
    match c:
        case Color.RED | Color.GREEN:
            return "warm-ish"
        case Color.BLUE:
            return "cool"
        case Config.Limits.MAX:
            return "the limit"
        case _:
            return "unknown"


for c in ["red", "green", "blue", 10, 10.0, "x"]:
    print(c, paint(c))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  compare", self.v, "with", other)
        return self.v == other


KEY = Loud(3)


class NS:
    key = KEY


match 3:
    case NS.key:
        print("matched via __eq__ of the subject? no: of the value")

match [1, (2, 3)]:
    case [1, (2, 4) | (2, 3) as inner]:
        print("inner", inner)
match 5:
    case 1 | 2 | (3 | 4 | 5) as n:
        print("nested or", n)
match (1, 2):
    case (1, x) | (x, 1):
        print("x is", x)
match (2, 1):
    case (1, x) | (x, 1):
        print("x is", x)
