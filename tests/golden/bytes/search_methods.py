# find, rfind, index, rindex, count, startswith, endswith with ranges and errors
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = b"abracadabra"
print(b.find(b"a"), b.find(b"bra"), b.find(b"z"), b.find(b"a", 1), b.find(b"a", 1, 3), b.find(b"a", -4))
print(b.rfind(b"a"), b.rfind(b"bra"), b.rfind(b"a", 0, 5), b.rfind(b"z"))
print(b.find(b""), b.find(b"", 5), b.find(b"", 11), b.find(b"", 12), b.rfind(b""), b.rfind(b"", 2, 5))
print(b.find(97), b.find(ord("d")), b.rfind(98), b.find(bytearray(b"cad")))
print(b.index(b"c"), b.rindex(b"a"), b.index(b"a", 4))
print(b.count(b"a"), b.count(b"bra"), b.count(b""), b.count(b"a", 3), b.count(b"a", 3, 6), b.count(97), b.count(b"", 5, 2))
print(b"aaaa".count(b"aa"), b"".count(b""), b"abc".count(b"", 10))
print(b.startswith(b"abr"), b.startswith(b"bra"), b.startswith(b"bra", 1), b.startswith((b"x", b"ab")))
print(b.endswith(b"bra"), b.endswith(b"bra", 0, 4), b.endswith((b"x", b"y")), b.endswith(b""), b.startswith(b"", 20))
print(b.startswith(b"", 1, 0), b.endswith(b"a", -1), bytearray(b).startswith(bytearray(b"abra")))
attempt("find str", lambda: b.find("a"))
attempt("find big", lambda: b.find(256))
attempt("find none", lambda: b.find(None))
attempt("find noargs", lambda: b.find())
attempt("find many", lambda: b.find(b"a", 1, 2, 3))
attempt("find kw", lambda: b.find(b"a", start=1))
attempt("find bad start", lambda: b.find(b"a", "x"))
attempt("find none start", lambda: b.find(b"a", None, None))
attempt("index missing", lambda: b.index(b"zz"))
attempt("rindex missing", lambda: b.rindex(b"a", 0, 0))
attempt("count str", lambda: b.count("a"))
attempt("startswith str", lambda: b.startswith("a"))
attempt("startswith int", lambda: b.endswith(97))
attempt("startswith tuple str", lambda: b.startswith(("a",)))
attempt("startswith none", lambda: b.startswith())
attempt("ba index missing", lambda: bytearray(b"abc").index(b"d"))
