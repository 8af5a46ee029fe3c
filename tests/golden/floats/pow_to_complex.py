# a negative float to a fractional power is complex; integral powers stay real
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, (-4.0) ** -0.5, (-2) ** 2.0, (-2.0) ** 3, (-0.5) ** 0.25)
print(pow(-8.0, 1 / 3), type((-1.0) ** 0.5).__name__, type((-1.0) ** 2.0).__name__)
print(2 ** 0.5, 0.0 ** 0.5, (-1e-300) ** 0.5)
attempt("zero negative", lambda: 0.0 ** -0.5)
attempt("overflow", lambda: (-1e300) ** 1.5)
attempt("float mod pow", lambda: pow(-2.0, 0.5, 3))
