# upper, lower, casefold, capitalize, title, swapcase
samples = ["hello world", "Hello World", "HELLO", "", "123 abc", "mIxEd CaSe", "ß", "straße",
           "ǆungla", "ǅ", "ﬁne", "İstanbul", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "σ Σ", "aΣ b", "AΣ.b", "they're bill's friends",
           "hello_world-foo bar2baz", "ÉCOLE élève", "ﬀ", "ŉ", "Ꭰꭰ", "x\u0345"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()))
    print("   ", repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))

print("ΣΑΣ ΣΑΣ".lower(), "ΣΑΣ'Σ".lower(), "Σ".lower(), "aΣ".lower(), "aΣa".lower(), "a.Σ".lower())
print("ΣΑΣ ΣΑΣ".title(), "abΣ".capitalize(), "ABΣ".swapcase(), "AB Σ".swapcase())
print("ﬃ".upper(), "ﬃ".title(), "ﬃ".capitalize())
print("the QUICK brown fOX".title(), "3rd place".title(), "o'neil".title())
print("Ǳ ǲ ǳ".lower(), "Ǳ ǲ ǳ".upper(), "ǳ".title(), "Ǳ".capitalize())
print("ﬅ".casefold(), "ẞ".casefold(), "µ".casefold(), "ς".casefold(), "Ꮿ".casefold())
print("MASSE".casefold() == "Maße".casefold())
words = ["Apple", "banana", "Cherry", "apple"]
for w in words:
    print(w, w.lower() == "apple", w.upper().startswith("A"))
