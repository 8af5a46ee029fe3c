# find, rfind, index, rindex, count, startswith, endswith, replace, removeprefix/suffix, in
s = "hello, hello, world"
print(s.find("hello"), s.rfind("hello"), s.find("o"), s.rfind("o"), s.find("xyz"), s.rfind("xyz"))
print(s.find("hello", 1), s.find("hello", 1, 10), s.find("hello", -6), s.rfind("l", 0, 5), s.rfind("l", -8, -3))
print(s.find(""), s.rfind(""), s.find("", 5), s.find("", 100), s.find("", 19), s.rfind("", 3, 7))
print(s.find("o", None), s.find("o", None, None), s.find("o", 5, None), s.rfind("o", None, 5))
print(s.find("o", 100), s.find("o", -100), s.rfind("o", -100, -50), s.find("h", 7, 3))
print(s.index("world"), s.rindex("l"), s.index("l", 5), s.rindex("hello", 0, 12))
print(s.count("l"), s.count("hello"), s.count(""), s.count("", 5), s.count("l", 3, 11), s.count("x"))
print("aaaa".count("aa"), "aaaa".count("a", -2), "".count(""), "abc".count("", 10), "abc".count("", 3))
u = "naïve café, naïve"
print(u.find("café"), u.rfind("naïve"), u.index("é"), u.count("ï"), u.find("ï", 3), u.rfind("e", 0, 11))
print("日本語テキスト日本".find("テ"), "日本語テキスト日本".rfind("日本"), "日本語".count("語"))

print(s.startswith("hello"), s.startswith("world"), s.endswith("world"), s.endswith("hello"))
print(s.startswith("hello", 7), s.startswith("lo", 3, 5), s.startswith("lo", 3, 4), s.endswith("hello", 0, 12))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.startswith(()), s.endswith(("ld",)))
print(s.startswith(""), s.startswith("", 19), s.startswith("", 20), s.endswith("", -1), s.endswith("", 5, 2))
print("café".endswith("é"), "café".startswith("caf", -4), "café".endswith("caf", 0, 3), "x".startswith("x", -100))

print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), s.replace("l", ""), s.replace("l", "L", 0))
print(s.replace("l", "L", -1), s.replace("xyz", "!"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "".replace("a", "b"), "aaa".replace("a", "aa"), "ééé".replace("é", "e", 2))
print("a.b.c".replace(".", ""), "banana".replace("ana", "-"))

print("prefix_name".removeprefix("prefix_"), "prefix_name".removeprefix("x"), "name.py".removesuffix(".py"))
print("name.py".removesuffix(".txt"), "abc".removeprefix(""), "abc".removesuffix(""), "aaa".removeprefix("a"))
print("ab" in "cabd", "" in "abc", "é" in "café", "x" in "")
