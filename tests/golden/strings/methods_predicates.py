# is* predicates
samples = ["", "abc", "ABC", "Abc", "aBC", "123", "١٢٣", "²³", "½", "Ⅻ", "一二三", "abc123", "abc 123", " \t\n",
           "\x1c\x1f", "\u00a0", "\u200b", "héllo", "HÉLLO", "Title Case", "Title case", "TITLE", "ǅungla", "Ǆ",
           "_private", "9lives", "var_2", "ñandú", "with-dash", "a b", "print\x07", "tab\t", "日本語", "ª",
           "x\u0345", "\u0903", "Σ", "ς", "ꭰ", "Ꭰ", "abcǅ", "\u2160", "\U0001d7ce", "①", "\u0f33", "𝔘𝔫𝔦", "\x7f", "\xad", "é"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace())
    print("   ", s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
for s in ["a\u0903", "\u2118x", "\u309b", "\u216b", "x\u00b7y", "\u00b7x", "_\u0660", "\u0660", "ℕ", "x\u200d", "\u0e33", "x\u0e33", "ǅx"]:
    print(repr(s), s.isidentifier(), s.isalpha(), s.isalnum(), s.isprintable())
count = 0
for c in "Hello World 123 ÀÉÎ ñ\t!":
    if c.isupper():
        count += 1
print("uppercase letters:", count)
tokens = ["42", "-7", "x", "3.5", "007", ""]
for t in tokens:
    print(repr(t), "number" if t.isdigit() else "not a number")
