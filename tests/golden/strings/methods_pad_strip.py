# strip family, center/ljust/rjust/zfill, expandtabs
tests = ["  hi  ", "\t\n hi \r\x0b\x0c", "hi", "", "   ", "\u3000wide\u3000", "\x1c\x1dsep\x1e\x1f", "\x85nel\xa0"]
for t in tests:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip(None)))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "xyhiyx".lstrip("yx"), "xyhiyx".rstrip("xy"), "hi".strip(""))
print("www.example.com".strip("cmowz."), "ééaéé".strip("é"), "abc".strip("abc"), repr("  x  ".strip(" ")))

for w in [0, 1, 3, 6, 7, 10, -5]:
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".zfill(w)))
print("ab".center(5, "*"), "ab".center(6, "*"), "abc".center(6, "*"), "abc".center(5, "*"), "a".center(4, "-"))
print("é".center(5, "·"), "x".ljust(4, "é"), "x".rjust(4, "ü"), "日本".center(6, "＊"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "--".zfill(4), "-".zfill(3), "".zfill(3), "abc".zfill(2))
print("3.14".zfill(7), "-0.5".zfill(6), "+".zfill(1), "é".zfill(3))

tabs = ["a\tb\tc", "\t", "ab\tcd\tef", "12345678\tx", "a\nb\tc", "x\ry\tz", "no tabs", "é\tü\t"]
for t in tabs:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)), repr(t.expandtabs(tabsize=3)))
print(repr("a\tb".expandtabs(-3)))

table = [["name", "qty", "price"], ["apple", "3", "1.25"], ["kiwi", "12", "0.5"]]
for row in table:
    print(row[0].ljust(8) + row[1].rjust(5) + row[2].rjust(8) + "|" + row[0].center(9, ".") + "|")
