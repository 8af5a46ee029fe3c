# +, *, in, comparisons and hashing of bytes and bytearray
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd")
print(b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -5, bytearray(b"z") * 4)
attempt("concat str", lambda: b"a" + "b")
attempt("ba concat str", lambda: bytearray(b"a") + "b")
attempt("concat int", lambda: b"a" + 1)
attempt("str concat bytes", lambda: "a" + b"b")
attempt("mul str", lambda: b"a" * "a")
attempt("mul float", lambda: b"a" * 2.0)
print(b"b" in b"abc", b"bc" in b"abc", b"" in b"abc", b"x" in b"abc", 99 in b"abc", 100 in b"abc")
print(b"a" in bytearray(b"cab"), bytearray(b"ab") in b"xaby")
attempt("str in", lambda: "a" in b"abc")
attempt("300 in", lambda: 300 in b"abc")
attempt("none in", lambda: None in b"abc")
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b"")
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", bytearray(b"a") < b"b", b"a" >= bytearray(b"a"))
print(b"a" == "a", b"a" != "a", b"1" == 1, bytearray(b"a") == "a")
attempt("lt str", lambda: b"a" < "b")
attempt("lt int", lambda: bytearray(b"a") < 1)
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""), hash(b"abc") == hash(bytes(bytearray(b"abc"))))
attempt("hash ba", lambda: hash(bytearray(b"a")))
d = {b"one": 1, b"two": 2}
d[b"three"] = 3
print(d[b"two"], b"one" in d, sorted(d))
s = {b"x", b"y", b"x"}
print(len(s), sorted(s))
attempt("ba key", lambda: {bytearray(b"a"): 1})
print(sorted([b"b", b"a", b"ab", b""]), max([b"b", b"ba"]))
x = b"a"
x += b"b"
x *= 2
print(x)
ba = bytearray(b"q")
alias = ba
ba += b"rs"
ba *= 2
print(ba, alias, ba is alias)
def iadd_str():
    ba = bytearray(b"a")
    ba += "x"
    return ba
def imul_float():
    ba = bytearray(b"a")
    ba *= 1.5
    return ba
attempt("iadd str", iadd_str)
attempt("imul float", imul_float)
