# float() from strings and ints, and int() back from floats.
for s in ["1.5", "  -2.25\n", "+3", "1e3", "1E-3", ".5", "5.", "1_000.5",
          "inf", "-inf", "Infinity", "-iNF", "nan", "-NaN", "1e500", "-1e500", "1e-500",
          "0", "-0", "123456789012345678901234567890"]:
    print(repr(s), "->", float(s))
for n in [0, -0, 7, -7, 2 ** 53, 2 ** 53 + 1, 2 ** 63, 10 ** 22, 10 ** 23, 10 ** 308]:
    print(n, float(n))
print(float(True), float(False), float(1.25), float())
for bad in ["abc", "", "1.5.2", "1,5", "0x1p3", "1e", "- 1", "in f", "_1.0"]:
    try:
        print(float(bad))
    except ValueError as e:
        print(e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(None))
except TypeError as e:
    print(e)
print(int(float("1e15")), int(-2.9999), int(1.9999999999999999))
print(int(float(2 ** 63)), int(float(2 ** 64 - 1)), int(1e300) > 10 ** 299)
print(str(float("3")), repr(float("-0")))
print(float("0.1") + float("0.2") == 0.30000000000000004)
print(isinstance(float("1"), float), type(float(1)).__name__)
