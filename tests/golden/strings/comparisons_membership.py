# String comparison (lexicographic, by code point) and `in`.
pairs = [("abc", "abd"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("a", "a"),
         ("apple", "apples"), ("B", "AB"), ("10", "9"), ("é", "f")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print("a" < "b" < "c", "c" > "b" > "z")
print("bc" in "abc", "ac" in "abc", "" in "abc", "" in "", "abc" in "abc")
print("abcd" in "abc", "A" in "abc", "a" not in "abc", "z" not in "abc")
print("ll" in "hello", "lo" in "hello", "ol" in "hello")
print("a" == "a", "a" == "A", "1" == 1, "abc" != "abc")
print(max("apple", "banana", "cherry"), min("b", "a", "c"), max("abc"))
s = "mississippi"
n = 0
for ch in s:
    if ch == "s":
        n += 1
print("s count", n)
a = "hel"
b = a + "lo"
print(b == "hello", b is not None)
try:
    print("a" < 1)
except TypeError as e:
    print(e)
try:
    print(1 >= "a")
except TypeError as e:
    print(e)
try:
    print(1 in "abc")
except TypeError as e:
    print(e)
try:
    print(None in "abc")
except TypeError as e:
    print(e)
