# Class patterns: __match_args__, keywords, nesting, inheritance.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat 3d {x},{y}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0):
            return "never: x == 0 matched above"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1} from {y1} to {y2}"
        case Line(start=Point() as s, end=e):
            return f"line from {s.x},{s.y} to {e.x},{e.y}"
        case Point():
            return "some point"
        case _:
            return "not a point"


for obj in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point3(1, 2, 0),
            Point3(1, 2, 3), Line(Point(1, 1), Point(1, 5)), Line(Point(0, 1), Point(2, 3)), 7]:
    print(where(obj))


class NoArgs:
    def __init__(self):
        self.a = 1


match NoArgs():
    case NoArgs(a=1, b=2):
        print("no: missing attribute b")
    case NoArgs(a=1):
        print("attribute a matched")
match Point(1, 2):
    case object(x=1):
        print("object(x=1) matches any object with x == 1")
