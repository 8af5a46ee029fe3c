# An exception raised from a lambda called through a table of operations.
ops = {
    "add": lambda a, b: a + b,
    "div": lambda a, b: a // b,
    "idx": lambda a, b: [a][b],
}

def apply_all(pairs):
    for name, a, b in pairs:
        f = ops[name]
        print(name, a, b, "=", f(a, b))

apply_all([("add", 1, 2), ("div", 7, 2), ("idx", 9, 0), ("add", "x", "y")])
apply_all([("div", -7, 2), ("idx", 5, -1), ("div", 2 ** 80, 0)])
print("unreachable")
