# split, rsplit, splitlines, partition, rpartition and join
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(b"a b  c\t\nd ".split())
print(b"  leading and trailing  ".split(), b"".split(), b"   ".split())
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".split(b",", maxsplit=2))
print(b"a,b,,c".rsplit(b","), b"a,b,,c".rsplit(b",", 1), b"  a b c  ".rsplit(None, 1), b"a b c".split(None, 0))
print(b"a::b::c".split(b"::"), b"abc".split(b"abc"), b"".split(b","), b"x".split(sep=b"x"))
print(bytearray(b"p q").split(), b"a-b".split(bytearray(b"-")))
print(b"l1\nl2\r\nl3\rl4".splitlines(), b"l1\nl2\r\n".splitlines(True), b"".splitlines(), b"\n\n".splitlines(keepends=True))
print(b"key=value=x".partition(b"="), b"novalue".partition(b"="), b"key=value=x".rpartition(b"="), b"abc".rpartition(b"z"))
print(bytearray(b"a.b").partition(b"."))
print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join([bytearray(b"x"), b"y"]), bytearray(b"+").join([b"1", b"2"]))
print(b"".join(map(bytes, [[103], [101]])))
attempt("split str", lambda: b"a b".split(" "))
attempt("split empty", lambda: b"a b".split(b""))
attempt("split kw", lambda: b"a b".split(foo=1))
attempt("split maxsplit str", lambda: b"a b".split(maxsplit="1"))
attempt("partition empty", lambda: b"ab".partition(b""))
attempt("partition str", lambda: b"ab".partition("a"))
attempt("join str items", lambda: b"".join(["a"]))
attempt("join int items", lambda: b",".join([b"a", 1]))
attempt("join not iterable", lambda: b"".join(5))
attempt("splitlines many", lambda: b"".splitlines(1, 2))
