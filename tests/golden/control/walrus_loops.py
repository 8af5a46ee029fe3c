# Walrus in while conditions, comprehension-free filters and nested conditions.
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
i = 0
while (n := len(data) - i) > 0 and (x := data[i]) != 9:
    print(n, x, end=" | ")
    i += 1
print()
print(i, n, x)
it = iter(data)
total = 0
while (item := next(it, None)) is not None:
    if (sq := item * item) > 20:
        total += sq
print(total, item, sq)
def collatz(n):
    steps = 0
    while (n := n // 2 if n % 2 == 0 else 3 * n + 1) != 1:
        steps += 1
    return steps + 1
res = []
for k in [1, 2, 3, 6, 7, 27, 97]:
    res.append(collatz(k) if k > 1 else 0)
print(res)
if (a := 10) > 5 and (b := a * 2) > 15:
    print("both", a, b)
if (c := 0) or (c := 5):
    print("second assigned", c)
found = None
for word in ["alpha", "beta", "gamma", "delta"]:
    if (L := len(word)) == 5 and word[0] == "g":
        found = word
        break
print(found, L, word)
def f(y):
    return (z := y + 1) * z
print(f(3))
vals = [(k := 2), k * 3, (k := k + 10), k]
print(vals, k)
print((m := 7) + m, m)
