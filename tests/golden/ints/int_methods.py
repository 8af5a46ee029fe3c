# int methods and attributes: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio...
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in [0, 1, -1, 7, -7, 255, 256, 2 ** 62, -(2 ** 62), 2 ** 100 - 1, True]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.is_integer())
print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, type(True.numerator).__name__, (-3).real)
print((2 ** 80).numerator == 2 ** 80, (10).denominator)
print((255).to_bytes(2), (255).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"), (0).to_bytes(0))
print((-1).to_bytes(2, signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, signed=True))
print((2 ** 64 - 1).to_bytes(8, "little"), (5).to_bytes(), (-(2 ** 63)).to_bytes(8, "big", signed=True))
print(int.from_bytes(b"\xff\x00", "little"), int.from_bytes(b"\xff", signed=True), int.from_bytes([1, 2]))
print(int.from_bytes(b""), int.from_bytes(b"\x00\x01", byteorder="big"), int.from_bytes(bytearray(b"\x80\x00"), "big", signed=True))
print(int.from_bytes(b"\x01" * 20, "little"), (7).from_bytes(b"\x02"), int.from_bytes((1, 0), "little"))
for v in [0, 1, -1, 300, -300, 2 ** 70, -(2 ** 70)]:
    b = v.to_bytes(16, "big", signed=True)
    print(v, int.from_bytes(b, "big", signed=True) == v, int.from_bytes(v.to_bytes(16, "little", signed=True), "little", signed=True) == v)
attempt("too big", lambda: (256).to_bytes(1, "big"))
attempt("signed too big", lambda: (128).to_bytes(1, signed=True))
attempt("negative unsigned", lambda: (-1).to_bytes(1, "big"))
attempt("zero length", lambda: (1).to_bytes(0))
attempt("negative length", lambda: (1).to_bytes(-1, "big"))
attempt("byteorder", lambda: (1).to_bytes(1, "middle"))
attempt("byteorder type", lambda: (5).to_bytes(1, 1))
attempt("length type", lambda: (5).to_bytes("a"))
attempt("from str", lambda: int.from_bytes("a"))
attempt("from bad order", lambda: int.from_bytes(b"a", "x"))
attempt("from items", lambda: int.from_bytes([256]))
attempt("from none", lambda: int.from_bytes())
attempt("bit_length args", lambda: (1).bit_length(1))
attempt("missing attr", lambda: (1).nope)
attempt("float attr", lambda: (1.0).numerator)
