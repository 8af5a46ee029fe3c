# str.join, split, rsplit, splitlines, partition, rpartition
print("-".join(["a", "b", "c"]))
print("".join(("x", "y")))
print(", ".join([]))
print("+".join("abc"))
print(" ".join(range(0) or ["only"]))
words = ["héllo", "wörld", "ünïcode"]
print("·".join(words))

tests = ["a b  c", "  leading and trailing  ", "", "   ", "one", "tab\tsep\nnew\x0bline\x1cfs\u2003em", "a,b,,c,", ",,"]
for t in tests:
    print(repr(t), t.split(), t.rsplit(), t.split(","), t.rsplit(","))
    print(t.split(None, 1), t.rsplit(None, 1), t.split(",", 1), t.rsplit(",", 1))
    print(t.split(maxsplit=0), t.rsplit(maxsplit=0), t.split(sep=",", maxsplit=2), t.rsplit(sep=",", maxsplit=2))

print("a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("aaa".split("aa"), "aaa".rsplit("aa"))
print("x".split("x"), "xx".split("x"))
print("a b c d".split(" ", -1), "a b c d".split(None, -5))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
print("日本 語 テキスト".split(), "日本語".split("本"))

lines = "one\ntwo\r\nthree\rfour\x0cfive\u2028six\x85seven\n\nend"
print(lines.splitlines())
print(lines.splitlines(True))
print(lines.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(True), "a\n".splitlines(), "a\r".splitlines(1))
print("no newline".splitlines())

for t in ["key=value=more", "novalue", "=start", "end=", ""]:
    print(t.partition("="), t.rpartition("="))
print("aXbXc".partition("X"), "aXbXc".rpartition("X"))
print("día:noche".partition(":"), "ééé".rpartition("é"))

csv = "name,age\nalice,30\nbob,25"
for line in csv.splitlines():
    fields = line.split(",")
    print(fields[0].upper(), "|".join(fields))
