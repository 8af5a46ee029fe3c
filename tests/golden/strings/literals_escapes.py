# String literals and escape sequences.
print("tab:\tend")
print("back\\slash", 'single \' quote', "double \" quote")
print("hex \x41\x42\x43", "octal \101\102", "unicode \u00e9\u65e5", "wide \U0001F600")
print("nul[\0]len", len("\0"), len("a\0b"))
print("line1\nline2")
print("cr\rX")
print(r"raw \n stays", len(r"\n"), len("\n"))
print("adjacent " "literals " 'joined')
print("""triple
quoted "with" 'quotes'""")
print('''another
  indented''')
s = "ab\
cd"
print(s, len(s))
print(len("\t\n\\"), len("\x41"), len("\u00e9"), len("\U0001F600"))
print("", "empty above", len(""))
print("a" "" "b", len("a" "" "b"))
print(len("bell\a"))
print(repr("\a\b\f\v"))
print(repr("tab\t newline\n cr\r backslash\\ nul\0 del\x7f esc\x1b"))
print(repr('\''), repr("\""), repr("'\""))
print(r"C:\dir\new" == "C:\\dir\\new")
print(len("""
"""))
