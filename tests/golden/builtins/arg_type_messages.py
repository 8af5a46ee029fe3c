# Argument type errors from list methods and builtins: which check wins, and the wording.
t = (1,)
s = "abc"
cases = [
    ("[1].pop('0')", lambda: [1].pop("0")),
    ("[1, 2].pop(1.0)", lambda: [1, 2].pop(1.0)),
    ("[].pop(None)", lambda: [].pop(None)),
    ("[].pop('x')", lambda: [].pop("x")),
    ("[].insert('a', 1)", lambda: [].insert("a", 1)),
    ("[1].insert(1.0, 2)", lambda: [1].insert(1.0, 2)),
    ("issubclass(int, 5)", lambda: issubclass(int, 5)),
    ("issubclass(5, 5)", lambda: issubclass(5, 5)),
    ("isinstance(1, [int])", lambda: isinstance(1, [int])),
    ("format(1, None)", lambda: format(1, None)),
    ("format(1.5, 7)", lambda: format(1.5, 7)),
    ("chr(None)", lambda: chr(None)),
    ("range(1, 2.0)", lambda: range(1, 2.0)),
    ("[1] * 1.5", lambda: [1] * 1.5),
    ("t[1.0]", lambda: t[1.0]),
    ("s[None]", lambda: s[None]),
]
for text, thunk in cases:
    try:
        print(text, "->", repr(thunk()))
    except (TypeError, IndexError) as e:
        print(text, "->", type(e).__name__ + ":", e)
l = [10, 20, 30]
print(l.pop(True), l.pop(False), l, [5, 6].pop(-True))
