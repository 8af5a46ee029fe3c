# Huge ints passed where CPython converts to a C int or Py_ssize_t: OverflowError, not IndexError.
import sys
big = 2 ** 70
cases = [
    ("chr(big)", lambda: chr(big)),
    ("chr(-big)", lambda: chr(-big)),
    ("chr(2**31)", lambda: chr(2 ** 31)),
    ("chr(2**40)", lambda: chr(2 ** 40)),
    ("sys.setrecursionlimit(big)", lambda: sys.setrecursionlimit(big)),
    ("sys.setrecursionlimit(2**40)", lambda: sys.setrecursionlimit(2 ** 40)),
    ("[1].insert(big, 0)", lambda: [1].insert(big, 0)),
    ("[1].pop(big)", lambda: [1].pop(big)),
    ("[].pop(big)", lambda: [].pop(big)),
    ("int('1', big)", lambda: int("1", big)),
    ("int('1', -big)", lambda: int("1", -big)),
    ("format(big, 'c')", lambda: format(big, "c")),
    ("format(2**40, 'c')", lambda: format(2 ** 40, "c")),
    ("'ab' * -big", lambda: "ab" * -big),
    ("[0] * -big", lambda: [0] * -big),
    ("(0,) * -big", lambda: (0,) * -big),
    ("'ab' * 2**62", lambda: "ab" * 2 ** 62),
    ("range(big)[big]", lambda: range(big)[big]),
    ("len(range(big))", lambda: len(range(big))),
    ("'abc'[2**62]", lambda: "abc"[2 ** 62]),
]
for text, thunk in cases:
    try:
        r = thunk()
        print(text, "->", repr(r) if not isinstance(r, (str, list, tuple)) or len(r) < 10 else len(r))
    except (ValueError, TypeError, OverflowError, IndexError) as e:
        print(text, "->", type(e).__name__ + ":", e)
