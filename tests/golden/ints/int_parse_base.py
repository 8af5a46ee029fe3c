# int(s, base) with base 0, prefixes, underscores and whitespace
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("17", 0), ("0", 0), ("00", 0),
             ("1_000", 0), ("1_000", 10), (" -42 ", 10), ("+7", 0), ("z", 36), ("Z", 36), ("10", 2), ("0_7", 8),
             ("0x_f", 0), ("\u0663\u0664", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("010", 0), ("0b2", 0),
             ("12", 3), ("", 10), ("0x", 16), ("9", 8), ("1e3", 10), ("0o", 0), ("  0B1_1  ", 0)]:
    attempt((s, b), lambda: int(s, b))
attempt("base 1", lambda: int("1", 1))
attempt("base 37", lambda: int("1", 37))
attempt("base neg", lambda: int("1", -1))
attempt("base float", lambda: int("1", 2.0))
attempt("non str base", lambda: int(5, 10))
attempt("bytes", lambda: int(b"42"))
attempt("bytes base", lambda: int(b"ff", 16))
attempt("bytearray", lambda: int(bytearray(b" 12 ")))
attempt("base kw", lambda: int("11", base=2))
attempt("bytes bad", lambda: int(b"4x2"))
attempt("bytes bad base", lambda: int(b"zz", 16))
attempt("memoryview", lambda: int(memoryview(b"77"), 8))
