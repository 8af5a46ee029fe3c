# float.hex, float.fromhex, as_integer_ratio, is_integer, conjugate, real, imag
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0e-310]:
    print(repr(x), x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio(), x.is_integer(), x.conjugate(), x.real, x.imag)
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for s in ["0x1.8p1", " -0X1P-1074 ", "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0", "inf", "-Infinity",
          "nan", "0x.8", "0x1.", "ff", "1p-2", "0x1.fffffffffffff8p1023", "0x0.0000000000001p-1022", "+0x10P+4",
          "0x1p99999999999", "-0x1p-99999999", "x", "0x", "0x1p", "0x1.8p1.5", "1 2", "", "0x1p+-1"]:
    attempt(repr(s), lambda: float.fromhex(s))
attempt("fromhex int", lambda: float.fromhex(1))
attempt("ratio nan", lambda: float("nan").as_integer_ratio())
attempt("ratio inf", lambda: float("-inf").as_integer_ratio())
print(float.fromhex("0x1p-1") + 0.25, (0.75).fromhex("0x3p-2"))
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1)
attempt("hex args", lambda: (1.0).hex(1))
print(float(b"1.5"), float(bytearray(b" -2e3 ")), float(b"inf"))
attempt("float bytes bad", lambda: float(b"1.5x"))
attempt("float bytes nonascii", lambda: float(b"\xff"))
