# bytes % args formatting
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(b"%s and %s" % (b"this", bytearray(b"that")))
print(b"%d items, %5.2f%%, %x %X %o %e" % (3, 99.5, 255, 255, 8, 12345.678))
print(b"[%5s] [%-5s] [%.2s]" % (b"ab", b"cd", b"efgh"))
print(b"%c%c%c" % (65, b"B", 67), b"%r %a" % ("\xe9", b"x"))
print(b"%(name)s is %(age)d" % {b"name": b"Bob", b"age": 42})
print(b"%b" % b"bee", b"%%" % (), b"no args" % (), b"%s" % b"single")
print(bytearray(b"%d") % 5, type(bytearray(b"%d") % 5).__name__)
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
attempt("str arg", lambda: b"%s" % "text")
attempt("int for s", lambda: b"%s" % 1)
attempt("too few", lambda: b"%s %s" % (b"a",))
attempt("too many", lambda: b"%s" % (b"a", b"b"))
attempt("d str", lambda: b"%d" % "a")
attempt("c big", lambda: b"%c" % 256)
attempt("c str", lambda: b"%c" % "a")
attempt("bad char", lambda: b"%y" % 1)
attempt("not formatting", lambda: b"abc" % 5)
