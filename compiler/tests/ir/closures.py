# Cells, free variables, defaults and a call bound at compile time.
def counter(start=0, *, step=1):
    n = start

    def bump():
        nonlocal n
        n += step
        return n

    return bump


c = counter(5, step=2)
print(c(), c())
