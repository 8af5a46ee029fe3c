# Builtin classes match the subject itself with one positional sub-pattern.
def check(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str {s}"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"


for v in [True, -3, 4, 2.5, "", "abc", b"x", bytearray(b"y"), [9, 8], [], (1, 2),
          {"k": 1}, {"j": 1}, {1, 2}, frozenset(), None]:
    print(repr(v), "->", check(v))


class MyInt(int):
    pass


match MyInt(5):
    case int(n):
        print("subclass of int matches itself:", n, type(n).__name__)
match 5:
    case int(real=r, imag=i):
        print("keywords on builtins still look up attributes:", r, i)
