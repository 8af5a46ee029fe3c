# Notes on groups and their parts; notes through except*.

g = ExceptionGroup("noted", [ValueError("v"), TypeError("t")])
g.add_note("group note")
g.exceptions[0].add_note("leaf note")
print(g.__notes__, g.exceptions[0].__notes__)

try:
    raise g
except* ValueError as e:
    print("match notes:", e.__notes__, e.exceptions[0].__notes__)
    e.add_note("added in the clause")
except* TypeError as e:
    print("type notes:", e.__notes__)
print("original:", g.__notes__)

try:
    g.add_note(42)
except TypeError as e:
    print(e)

# __notes__ may be replaced; split copies any sequence.
g2 = ExceptionGroup("tuple notes", [ValueError(), KeyError()])
g2.__notes__ = ("a", "b")
m, r = g2.split(KeyError)
print(m.__notes__, type(m.__notes__).__name__)
del g2.__notes__
print(hasattr(g2, "__notes__"))
