# Indexing with negative, big and bool indices; errors and immutability.
s = "python"
print(s[0], s[-1], s[True], s[-len(s)], s[len(s) - 1])
for i in [6, -7, 2 ** 70, -(2 ** 70)]:
    try:
        print(s[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "P"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
t = s
t += "!"
print(s, t, s is t)
print("" in s, "th" in s, "ht" in s, "python" in s, "pythons" in s)
try:
    print(1 in s)
except TypeError as e:
    print("TypeError:", e)
print("a" * 0, "a" * -3, repr("ab" * True), "x" * 2 + "y" * 3)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z", "a" * 3 == "aaa")
i = 0
out = ""
while True:
    try:
        out += s[i] + s[-1 - i]
        i += 1
    except IndexError:
        break
print(out, i)
