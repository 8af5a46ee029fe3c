# String concatenation and repetition.
a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b, "" + "")
print(a * 3, 3 * a, a * 1, repr(a * 0), repr(a * -2), "-" * 20)
print(a * True, repr(a * False))
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
t = "ab"
t *= 3
print(t)
line = "=" * 10 + " title " + "=" * 10
print(line, len(line))
acc = "x"
for i in range(4):
    acc = acc + acc
print(acc, len(acc))
print(("ab" + "c") * 2, "ab" + "c" * 2)
print(len("abc" * 1000), ("xy" * 1000)[1999])
try:
    print("a" + 1)
except TypeError as e:
    print(e)
try:
    print(1 + "a")
except TypeError as e:
    print(e)
try:
    print("a" + None)
except TypeError as e:
    print(e)
try:
    print("a" * "b")
except TypeError as e:
    print(e)
try:
    print("a" * 1.5)
except TypeError as e:
    print(e)
try:
    print("x" - "y")
except TypeError as e:
    print(e)
try:
    x = "abc"
    x += 5
except TypeError as e:
    print(e)
