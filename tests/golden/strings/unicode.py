# Non-ASCII strings: length, indexing, comparison and repr.
s = "héllo"
print(s, len(s), s[1], s[-4], repr(s[1]))
j = "日本語"
print(j, len(j), j[0], j[2], j[-1])
e = "emoji \U0001F600!"
print(e, len(e), e[6], e[-1], len(e[6]))
print("é" == "\u00e9", "e\u0301" == "é", len("e\u0301"))
print("a" < "é", "é" < "日", "z" < "é", "Z" < "a")
print("日本" + "語", "ü" * 3, "ñ" in "España", "ñ" in "Espana")
print(repr("日本"), repr("café"), repr("\u00e9"), str("ö"))
print(f"[{'日本':>6}] [{'é':^5}] [{'ü':*<4}]")
count = 0
for ch in "añb日😀":
    print(ch, end="|")
    count += 1
print(count)
mixed = ["α", "β", "γ"]
print(mixed, ("Ω",), {"ключ": "значение"})
word = ""
for ch in "Ωμέγα":
    word = ch + word
print(word, len(word))
print(max("aé日"), min("aé日"), max(["b", "ä", "a"]))
try:
    print(j[3])
except IndexError as err:
    print(type(err).__name__, err)
