# int() from strings, floats and bools, and its errors.
print(int("123"), int(" -5 "), int("+7"), int("-0"), int("007"))
print(int("  42\n"), int("\t9\t"), int("1_000_000"))
print(int("9" * 30) + 1)
print(int("-" + "1" * 25))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(-0.0), int(1e20))
print(int(True), int(False), int(True) + int(True))
print(int(2.0 ** 70), int(-1e18))
print(int(123456789.99), int(7), int(-7))
print(int(), int(0))
print(type(int("5")).__name__, type(int(5.5)).__name__)
for s in ["abc", "", " ", "1.5", "12a", "0x10", "1__0", "_1", "- 5", "1e3", "++1"]:
    try:
        print(int(s))
    except ValueError as e:
        print(e)
for f in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(f))
    except OverflowError as e:
        print("OverflowError:", e)
    except ValueError as e:
        print("ValueError:", e)
try:
    print(int(None))
except TypeError as e:
    print(e)
try:
    print(int([1]))
except TypeError as e:
    print(e)
print(str(int("00012")) + "!", repr(int(" 8 ")))
