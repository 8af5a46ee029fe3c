# hex() with separators and bytes.fromhex / bytearray.fromhex
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = bytes(range(0, 256, 37))
print(b.hex(), b"".hex(), bytearray(b"\x00\xff").hex())
print(b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(" ", 3), b.hex(sep="_"), b.hex(b"|"), b.hex(":", 0))
print(b"\x01\x02\x03\x04\x05".hex(":", 2), b"\x01\x02\x03\x04\x05".hex(":", -2), b"\x01".hex(":", 5))
print(bytes.fromhex("deadbeef"), bytes.fromhex("DE AD  be ef"), bytes.fromhex(""), bytes.fromhex("  00\n01\t"))
print(bytearray.fromhex("4142"), type(bytearray.fromhex("41")).__name__, b"".fromhex("43"))
print(bytes.fromhex(b.hex()) == b)
attempt("sep long", lambda: b.hex("::"))
attempt("sep empty", lambda: b.hex(""))
attempt("sep unicode", lambda: b.hex("\u20ac"))
attempt("sep int", lambda: b.hex(1))
attempt("per str", lambda: b.hex(":", "x"))
attempt("fromhex odd", lambda: bytes.fromhex("abc"))
attempt("fromhex bad", lambda: bytes.fromhex("zz"))
attempt("fromhex bad later", lambda: bytes.fromhex("01 0g"))
attempt("fromhex split", lambda: bytes.fromhex("0 1"))
attempt("fromhex int", lambda: bytes.fromhex(1))
attempt("fromhex bytes", lambda: bytes.fromhex(b"00"))
attempt("fromhex unicode", lambda: bytes.fromhex("\u0661\u0662"))
