# ord/chr round trips, comparisons and manual string algorithms without methods.
def caesar(s, k):
    out = ""
    for ch in s:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
        else:
            out += ch
    return out

msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), caesar(msg, 29) == enc)

def to_upper(s):
    r = ""
    for c in s:
        r += chr(ord(c) - 32) if "a" <= c <= "z" else c
    return r

print(to_upper("mixed Case 123"))

def find(hay, needle):
    n, m = len(hay), len(needle)
    i = 0
    while i + m <= n:
        j = 0
        while j < m and hay[i + j] == needle[j]:
            j += 1
        if j == m:
            return i
        i += 1
    return -1

print(find("abracadabra", "cad"), find("abracadabra", "dab"), find("abc", "abcd"), find("abc", ""))

def atoi(s):
    sign = 1
    i = 0
    if s[0] == "-":
        sign = -1
        i = 1
    n = 0
    while i < len(s):
        n = n * 10 + (ord(s[i]) - 48)
        i += 1
    return sign * n

print(atoi("12345678901234567890123"), atoi("-42"), atoi("0"))
codes = []
for c in "aZ09 ~é€😀":
    codes.append(ord(c))
print(codes)
back = ""
for c in codes:
    back += chr(c)
print(back, len(back))
print(chr(65) + chr(0x263A) + chr(0x1F600), ord("\n"), ord("\x00"), repr(chr(0)), repr(chr(127)), repr(chr(0xe9)))
words = ["banana", "Apple", "cherry", "apple", "Banana", "", "a"]
smallest = words[0]
for w in words:
    if w < smallest:
        smallest = w
print(repr(smallest), max(words), min(words, key=len), max(words, key=len))
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
