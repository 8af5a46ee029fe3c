# String indexing with positive, negative and out-of-range indices.
s = "python"
print(s[0], s[5], s[-1], s[-6], s[2] + s[-3])
print(s[True], s[False], s[len(s) - 1])
i = 0
while i < len(s):
    print(i, s[i], s[-1 - i])
    i += 1
rev = ""
for k in range(len(s) - 1, -1, -1):
    rev += s[k]
print(rev)
print("abc"[1], "x"[0], "x"[-1])
ch = s[0]
print(ch, len(ch), type(ch).__name__, ch[0][0][0])
for bad in [6, -7, 100, -100, 2 ** 70]:
    try:
        print(s[bad])
    except IndexError as e:
        print(bad, "->", e)
try:
    print(""[0])
except IndexError as e:
    print(e)
try:
    print(s["1"])
except TypeError as e:
    print(e)
try:
    print(s[1.0])
except TypeError as e:
    print(e)
try:
    s[0] = "P"
except TypeError as e:
    print(e)
print(s)
