# Parts made by split()/subgroup() keep the original's cause, context and notes (copied).

def make():
    try:
        raise OSError("root cause")
    except OSError as cause:
        try:
            raise KeyError("context")
        except KeyError:
            g = ExceptionGroup("meta", [ValueError(1), TypeError(2), ValueError(3)])
            g.__cause__ = cause
            raise g


try:
    make()
except ExceptionGroup as e:
    g = e

g.add_note("first note")
g.add_note("second note")
match, rest = g.split(ValueError)
for part in (match, rest):
    print(repr(part))
    print("  cause:", repr(part.__cause__), part.__cause__ is g.__cause__)
    print("  context:", repr(part.__context__), part.__context__ is g.__context__)
    print("  suppress:", part.__suppress_context__)
    print("  notes:", part.__notes__, part.__notes__ is g.__notes__)

match.add_note("only on the match")
print(g.__notes__)
print(rest.__notes__)

# Leaves are shared, not copied.
print(match.exceptions[0] is g.exceptions[0])

# A group without notes gives parts without notes.
plain = ExceptionGroup("plain", [ValueError(), TypeError()])
m, r = plain.split(TypeError)
print(hasattr(m, "__notes__"), m.__cause__, m.__context__, m.__suppress_context__)
