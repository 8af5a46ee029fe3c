# bool(), str(), repr(), int() and float() conversions between types.
for v in [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", "0", "False", [], [[]], (), (0,), {}, {0: 0}, None, range(0)]:
    print(type(v).__name__, bool(v))
print(bool(), bool(True), bool(2 ** 100), bool(-(2 ** 100)), bool(float("inf")))
print(str(123), str(-4.5), str(True), str(None), str("s"), str(2 ** 64), str(1e-7))
print(repr(123), repr(-4.5), repr(True), repr(None), repr("s"), repr(""))
print(int("42") + 1, float("4.5") * 2, int(float("7.9")), float(int("7")))
print(int(True) + int(False), float(True), str(False) + "!", str(int("0042")))
print(int(str(2 ** 70)) == 2 ** 70, float(str(0.1)) == 0.1, float(repr(1 / 3)) == 1 / 3)
print(str(int(-0.0)), str(float(-0)), repr(float("-0.0")))
print(bool(str(False)), bool(int("0")), bool(float("-0")))
print(str(str(str(5))), repr(repr(5)), repr(str(5)), str(repr("5")))
n = 255
print(str(n) + str(n), int(str(n) + str(n)) + 1)
print(type(bool(1)).__name__, type(str(1)).__name__, type(int("1")).__name__)
print(str(()), str((1,)), str([None]), str({"a": True}))
print(int(" 0 "), int("-007"), float(" 1e2 "), float("-.5"))
for bad in ["", "abc", "1 2", "1.2.3"]:
    try:
        print(float(bad))
    except ValueError as e:
        print(e)
try:
    int([])
except TypeError as e:
    print(e)
try:
    float({})
except TypeError as e:
    print(e)
try:
    int("5.0")
except ValueError as e:
    print(e)
