# A traceback through small-int clones (see functions/int_clones.py).


def bad(n):
    if n < 1:
        return n + "x"
    return bad(n - 1)


bad(3)
