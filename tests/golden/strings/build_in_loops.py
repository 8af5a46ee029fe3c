# Strings built with += in loops, nested f-strings and conversions.
s = ""
for i in range(10):
    s += str(i) * (i % 3)
    if len(s) > 8:
        s += "|"
print(s, len(s))
row = ""
w = 4
for n in [1, 22, 333, 4444, 55555]:
    row += f"{n:>{w}}" + ","
print(row)
table = ""
for i in range(1, 4):
    line = ""
    for j in range(1, 4):
        line += f"{i * j:{'0' if i == j else ' '}>{j + 1}}"
    table += line + "\n"
print(table, end="")
x = 3.14159
for w in range(6, 10):
    for p in range(0, 4, 2):
        print(f"[{x:{w}.{p}f}]", end="")
    print()
names = ["a", "bb", "it's", 'say "hi"', "tab\there", "é", ""]
for nm in names:
    print(f"{nm!r:>12}|{nm!s:<6}|{nm!a}|{len(nm)}")
acc = ""
i = 0
while len(acc) < 30:
    acc = acc + chr(ord("a") + i % 26) if i % 5 else acc + "-"
    i += 1
print(acc, i)
pieces = []
for k in range(5):
    pieces.append(f"{k}:{k * k:03d}:{k / 4:.2f}:{'even' if k % 2 == 0 else 'odd':^6}")
out = ""
for p in pieces:
    out += p + ";"
print(out)
rev = ""
for ch in "stressed":
    rev = ch + rev
print(rev)
print(f"{'x' * 3 + f'{2 ** 10}'!r}", f"{str(12)!r:*^8}")
big = "ab" * 1000
print(len(big), big[1999], big[0] == big[1998])
