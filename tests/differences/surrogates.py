# DIFFERENCE: ophis strings are UTF-8 and cannot hold lone surrogates (see README.md).
# Lone surrogates are valid str characters in CPython; repr escapes them.
s = "\ud800"
print(len(s), repr(s), ord(s), f"{s!a}")
t = "a\udc80b"
print(repr(t), len(t), ord(t[1]), t[1] == chr(0xdc80))
for cp in [0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, c > "\ud7ff", len(c + c))
pair = chr(0xd83d) + chr(0xde00)
print(len(pair), repr(pair), pair == "\U0001f600", pair < "\U0001f600")
d = {chr(0xd800): "high", chr(0xdc00): "low"}
print(d[chr(0xd800)], d["\udc00"], repr(list(d)))
