# Groups wider than 15 or deeper than 10 are abbreviated when printed.

def deep(n):
    g = ValueError("bottom")
    for i in range(n):
        g = ExceptionGroup(f"level {i}", [g])
    return g


print("building")
raise ExceptionGroup("top", [deep(12)] + [KeyError(i) for i in range(17)])
