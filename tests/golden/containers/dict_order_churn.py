# Dict iteration order after deletes and re-inserts; counting words.
d = {}
for k in ["a", "b", "c", "d", "e"]:
    d[k] = len(d)
del d["b"]
del d["d"]
d["b"] = 10
d["a"] = 20
d["f"] = 30
print(d, list(d), len(d))
for k in d:
    print(k, d[k], end="; ")
print()
counts = {}
text = "the quick brown fox jumps over the lazy dog the end fox"
word = ""
for ch in text + " ":
    if ch == " ":
        if word:
            counts[word] = counts.get(word, 0) + 1
        word = ""
    else:
        word += ch
print(counts)
best = max(counts, key=lambda w: counts[w])
print(best, counts[best], min(counts, key=lambda w: (counts[w], w)))
churn = {}
for i in range(20):
    churn[i % 7] = i
    if i % 3 == 0 and (i - 1) % 7 in churn:
        del churn[(i - 1) % 7]
print(churn, list(churn))
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
for i in range(0, 10):
    big[i * 2] = -i
keys = list(big)
print(len(big), keys[0], keys[499], keys[500], keys[-1], big[998 - 998 % 2 - 1])
s = 0
for k in big:
    s += big[k]
print(s)
cp = dict(d)
cp["z"] = 0
del cp["a"]
print(d == cp, d, cp)
print(dict(a=1, b=2) == {"b": 2, "a": 1}, list(dict(a=1, b=2)) == list({"b": 2, "a": 1}))
merged = {**d, "a": -1, **{"new": 1, "b": -2}}
print(merged)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
d2 = {}
d2[1] = "int"
d2[True] = "bool"
d2[1.0] = "float"
print(d2, len(d2))
