# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 2 ** 64:
        return "large"
    else:
        return "huge"

for v in [-5, 0, 3, 10, 2 ** 63, 2 ** 64, 2 ** 100]:
    print(v, classify(v))

for v in [0, 1, -1, 0.0, -0.0, 0.5, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, None, True, False]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x > 100:
    print("never")
if not x:
    pass
else:
    print("x is nonzero")
if x == 7: print("one-liner")
grade = 83
if grade >= 90:
    letter = "A"
elif grade >= 80:
    letter = "B"
elif grade >= 70:
    letter = "C"
else:
    letter = "F"
print(letter)
print(bool(range(0)), bool(range(1)), bool(range(5, 5)))
nan = float("nan")
if nan:
    print("nan is truthy")
if (x if False else True):
    print("conditional expression as condition")
