# complex equality with other numbers, hashing and unordered comparisons
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1j, 1j != 2j, 1 + 1j == 1, 0j == 0, 0j == False)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53, 1j == "1j", 1j != None)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(0j) == hash(0), hash(-1 + 0j))
print(hash(1 + 2j), hash(-3.5 - 1j), hash(1j), hash(complex(float("inf"), 0)))
d = {1: "int", 2.0: "float"}
print(d[1 + 0j], d[2 + 0j], {1j: 1, 1j * 1: 2}, len({1, 1.0, 1 + 0j}))
print(1j in [1, 2, 1j], [1 + 0j].index(1), (0j).__class__ is complex if False else "skip")
attempt("lt", lambda: 1j < 2j)
attempt("gt int", lambda: 1j > 1)
attempt("le float", lambda: 1.0 <= 1j)
attempt("sorted", lambda: sorted([2j, 1j]))
attempt("max", lambda: max(1j, 2j))
