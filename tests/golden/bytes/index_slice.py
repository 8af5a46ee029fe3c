# indexing yields ints, slicing yields the same type
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = b"abcdefg"
print(b[0], b[-1], b[3])
print(b[1:4], b[:-2], b[::2], b[::-1], b[5:1:-1], b[10:], b[-100:2])
ba = bytearray(b)
print(ba[0], ba[-1], ba[1:3], ba[::-3])
attempt("out of range", lambda: b[7])
attempt("neg out of range", lambda: b[-8])
attempt("ba out of range", lambda: ba[100])
attempt("str index", lambda: b["x"])
attempt("float index", lambda: ba[1.0])
attempt("zero step", lambda: b[::0])
attempt("big index", lambda: b[2**70])
attempt("bool index", lambda: b[True])
print(len(b), len(b""), len(ba), len(bytearray(10)))
print(bool(b""), bool(b"\x00"), bool(bytearray()), bool(bytearray(1)))
for x in b"hi!":
    print(x, end=" ")
print()
print(list(b"\x00\xff"), list(bytearray(b"ab")), tuple(b"xy"))
print(list(reversed(b"abc")), sorted(b"cab"), sum(b"\x01\x02\x03"), max(b"hello"), min(b"hello"))
print(list(enumerate(b"ab")), list(zip(b"ab", b"cd")))
it = iter(b"ab")
print(type(it).__name__, next(it), next(it), next(it, "done"))
it2 = iter(bytearray(b"q"))
print(type(it2).__name__, list(it2))
print([c for c in b"abc" if c != 98])
a, c = b"ac"
print(a, c)
