# round(): half to even, ints, floats with digits, negative digits and errors
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5000001, 1e20, -7.0]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2), round(1.23456, 4))
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(165.0, -1), round(-0.0, 1), round(0.0, -3))
print(round(1.5e300, -300), round(1e308, -308), round(1.23456, 400), round(123.456, -400), round(-123.456, -400))
print(round(5e-324, 323), round(5e-324, 324), round(0.1, 1), round(0.1, 17), round(2.5, 0), round(3.5, None))
print(round(12345, -2), round(-12350, -2), round(12350, -2), round(12250, -2), round(7, 2), round(-7, 0))
print(round(10 ** 30 + 5 * 10 ** 9, -10), round(True), round(False, 3), type(round(True, 1)).__name__)
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, -1)).__name__, round(2 ** 70 + 0.0))
print(round(float("inf"), 2), round(float("-inf"), -2), round(float("nan"), 1))
attempt("nan", lambda: round(float("nan")))
attempt("inf", lambda: round(float("inf")))
attempt("str", lambda: round("1.5"))
attempt("float digits", lambda: round(5, 1.0))
attempt("float digits float", lambda: round(5.5, 1.0))
attempt("too large", lambda: round(1.7e308, -308))
attempt("no args", lambda: round())
attempt("keyword clash", lambda: round(1, number=2))
attempt("keywords", lambda: round(number=2.567, ndigits=1))
attempt("complex", lambda: round(1j))
attempt("list", lambda: round([1]))
