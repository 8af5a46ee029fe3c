# str() and repr() of strings and other values: quote selection and escapes.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "tab\there", "new\nline",
           "back\\slash", "\x00\x01\x1f", "\x7f", "café", "日本"]
for s in samples:
    print(str(s), "|", repr(s), "|", len(repr(s)))
print(repr(repr("a")), repr(repr("it's")))
print(str(1), str(-2.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": "v"}))
print(repr(1), repr(-2.5), repr(True), repr(None), repr([1, "a"]), repr(("x", 'y"')))
print(str(2 ** 80), repr(-(2 ** 80)), str(1e300), repr(float("-inf")))
print(str(""), repr(""), str(str("x")), repr(str(5)))
print(["it's", 'a"b', "\n"], ("\\",))
print({"key's": 'val"ue'})
x = 42
s = str(x) + repr(x) + str(x * 2)
print(s, len(s))
print(str() == "", repr(str()))
print(type(str(1)).__name__, type(repr(1)).__name__)
nested = [["a", ["b", ("c", "d'")]], "e"]
print(nested)
print(str(nested) == repr(nested))
