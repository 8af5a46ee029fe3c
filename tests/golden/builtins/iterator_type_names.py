# type(...).__name__ of iterators and streams, and the messages that quote those names.
import sys
samples = [
    ("iter([])", iter([])),
    ("iter(())", iter((1,))),
    ("iter('abc')", iter("abc")),
    ("iter('é')", iter("é")),
    ("iter('😀')", iter("😀")),
    ("iter(range(3))", iter(range(3))),
    ("iter(range(2**70))", iter(range(2 ** 70))),
    ("iter({})", iter({})),
    ("iter(iter([1]))", iter(iter([1]))),
    ("sys.stdout", sys.stdout),
    ("sys.stderr", sys.stderr),
]
for text, obj in samples:
    print(f"{text:>20} -> {type(obj).__name__}")
it = iter([1, 2])
checks = [
    lambda: len(it),
    lambda: it[0],
    lambda: iter("ab") + 1,
    lambda: iter((1,)) < iter((1,)),
    lambda: int(iter([])),
    lambda: -iter("x"),
]
for c in checks:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
print(next(it), next(it), next(it, "exhausted"))
