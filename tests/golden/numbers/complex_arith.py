# complex arithmetic with ints, floats and complexes, and its errors
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a * 1j, 1j * 1j, a ** 2, a ** 0, a ** -1, a ** 0.5, 2 ** 1j, 1j ** 2, (1 + 1j) ** 3, b ** b)
print(abs(a), abs(-2j), abs(0j), abs(complex(3e200, 4e200)), abs(complex(float("inf"), 1)))
print(1.5 / (1 + 1j), (1 + 2j) / (3 - 4j), (1e300 + 1e300j) * (1e300 + 1e300j))
print(pow(2j, 3), pow(1 + 1j, -2), (-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5)
x = 1 + 1j
x += 2
x *= 1j
x -= 1j
x /= 2
print(x)
print(sum([1j, 2, 3.5 + 1j]), bool(0j), bool(1e-300j), not 0j)
attempt("div zero int", lambda: (1 + 2j) / 0)
attempt("div zero complex", lambda: (1 + 2j) / 0j)
attempt("int div zero complex", lambda: 1 / 0j)
attempt("zero neg power", lambda: 0j ** -1)
attempt("zero complex power", lambda: 0j ** 1j)
attempt("zero zero", lambda: 0j ** 0)
attempt("floordiv", lambda: (1 + 2j) // 2)
attempt("mod", lambda: (1 + 2j) % 2)
attempt("divmod", lambda: divmod(1j, 1))
attempt("pow mod", lambda: pow(1j, 2, 3))
attempt("overflow pow", lambda: (1e200 + 1e200j) ** 2)
attempt("abs overflow", lambda: abs(complex(1e308, 1e308)))
attempt("add str", lambda: 1j + "a")
attempt("neg str", lambda: "a" * 1j)
attempt("big int", lambda: 1j + 10 ** 400)
attempt("int of complex", lambda: int(1j))
attempt("float of complex", lambda: float(1j))
attempt("round complex", lambda: round(1j))
attempt("shift", lambda: 1j << 1)
