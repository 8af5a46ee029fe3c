# str.encode and bytes.decode with utf-8, ascii and latin-1 and the error handlers
def attempt(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))

s = "na\xefve caf\xe9 \u20ac \U0001f600"
print(s.encode(), len(s.encode()))
print(s.encode("utf-8") == s.encode("UTF8") == s.encode("utf_8") == s.encode(encoding="U8"))
print("plain".encode("ascii"), "plain".encode("latin-1"), "\xff".encode("latin1"), "\xe9".encode("iso-8859-1"))
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors=errors))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), ascii(b"caf\xe9".decode("latin-1")))
print(ascii(b"\xf0\x9f\x98\x80".decode()), b"abc".decode("ascii"), bytearray(b"\xc3\xa9").decode() == "\xe9")
bad = b"a\xffb\xe4\xbdc\xed\xa0\x80d\xf0\x9f"
for errors in ["ignore", "replace", "backslashreplace"]:
    print(errors, ascii(bad.decode("utf-8", errors)), ascii(bad.decode("ascii", errors)))
print(ascii(str(b"\xe9t\xe9", "latin-1")), str(b"abc", encoding="ascii"), ascii(str(b"\xff", "utf-8", "replace")))
print(str(encoding="utf-8"), str(b"x", errors="strict"))
attempt("ascii strict", lambda: "a\xe9\xe9b".encode("ascii"))
attempt("ascii one", lambda: "ab\xe9".encode("ascii"))
attempt("latin euro", lambda: "\u20ac".encode("latin-1"))
attempt("latin emoji", lambda: "x\U0001f600".encode("latin-1"))
attempt("start byte", lambda: b"\xff".decode())
attempt("continuation", lambda: b"a\xe4\xbdb".decode())
attempt("end of data", lambda: b"\xe4\xbd".decode())
attempt("surrogate", lambda: b"\xed\xa0\x80".decode())
attempt("overlong", lambda: b"\xc0\x80".decode())
attempt("too high", lambda: b"\xf4\x90\x80\x80".decode())
attempt("ascii decode", lambda: b"ok\x80".decode("ascii"))
attempt("unknown enc", lambda: "a".encode("klingon"))
attempt("unknown dec", lambda: b"a".decode("klingon"))
attempt("unknown handler unused", lambda: b"abc".decode("ascii", "nope"))
attempt("unknown handler used", lambda: b"\xff".decode("ascii", "nope"))
attempt("xmlchar decode", lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
attempt("enc type", lambda: "a".encode(1))
attempt("errors type", lambda: "a".encode(errors=1))
attempt("decode type", lambda: b"a".decode(None))
attempt("decode many", lambda: b"a".decode("utf-8", "strict", 1))
attempt("str bad", lambda: str(1, "utf-8"))
attempt("str of str", lambda: str("a", "utf-8"))

def details(f):
    try:
        f()
    except UnicodeDecodeError as e:
        print("decode", e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, UnicodeError), isinstance(e, ValueError))
        print(ascii(e.args))
    except UnicodeEncodeError as e:
        print("encode", e.encoding, ascii(e.object), e.start, e.end, e.reason, isinstance(e, UnicodeError))
        print(ascii(e.args))

details(lambda: b"ab\xc3(".decode("utf-8"))
details(lambda: "\xe9t\xe9".encode("ascii"))
try:
    b"\x80".decode()
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
try:
    "\u20ac".encode("ascii")
except UnicodeError as e:
    print("caught as UnicodeError:", type(e).__name__)
