# Exact TypeError messages when builtins and methods get the wrong number of arguments.
import sys
cases = [
    ("bool(1, 2)", lambda: bool(1, 2)),
    ("float(1, 2)", lambda: float(1, 2)),
    ("list(1, 2)", lambda: list(1, 2)),
    ("tuple(1, 2)", lambda: tuple(1, 2)),
    ("range()", lambda: range()),
    ("range(1, 2, 3, 4)", lambda: range(1, 2, 3, 4)),
    ("divmod(1)", lambda: divmod(1)),
    ("divmod(1, 2, 3)", lambda: divmod(1, 2, 3)),
    ("iter()", lambda: iter()),
    ("next()", lambda: next()),
    ("next(it, 1, 2)", lambda: next(iter([]), 1, 2)),
    ("isinstance(1)", lambda: isinstance(1)),
    ("issubclass(int)", lambda: issubclass(int)),
    ("format()", lambda: format()),
    ("format(1, '', 3)", lambda: format(1, "", 3)),
    ("max()", lambda: max()),
    ("sum()", lambda: sum()),
    ("sys.exit(1, 2)", lambda: sys.exit(1, 2)),
    ("int(x=1)", lambda: int(x=1)),
    ("str(x=1)", lambda: str(x=1)),
    ("sum([], x=2)", lambda: sum([], start=1, x=2)),
    ("min([], x=1)", lambda: min([], default=1, x=1)),
    ("[].append()", lambda: [].append()),
    ("[].append(1, 2)", lambda: [].append(1, 2)),
    ("[].extend()", lambda: [].extend()),
    ("[].pop(1, 2)", lambda: [].pop(1, 2)),
    ("[].pop(x=1)", lambda: [].pop(x=1)),
    ("[].insert(1)", lambda: [].insert(1)),
    ("{}.get()", lambda: {}.get()),
    ("{}.get(1, 2, 3)", lambda: {}.get(1, 2, 3)),
    ("{}.get(k=1)", lambda: {}.get(k=1)),
    ("sys.getrecursionlimit(1)", lambda: sys.getrecursionlimit(1)),
    ("sys.setrecursionlimit()", lambda: sys.setrecursionlimit()),
]
for text, call in cases:
    try:
        call()
        print(text, "-> no error")
    except TypeError as e:
        print(text, "->", e)
