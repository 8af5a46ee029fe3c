# isinstance/issubclass/type/callable/format across builtin types and exception classes.
values = [0, True, 1.5, "s", None, [1], (1,), {"a": 1}, range(2), ValueError("v"), len, print]
for v in values:
    kinds = []
    for t in (int, bool, float, str, list, tuple, dict, Exception, BaseException):
        if isinstance(v, t):
            kinds.append(t.__name__)
    print(type(v).__name__, kinds, callable(v))
print(isinstance(True, (str, int)), isinstance(1.0, (int, str)), isinstance("x", ()), isinstance(3, (float, (list, int))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(ZeroDivisionError, (ValueError, ArithmeticError)))
print(issubclass(SystemExit, Exception), issubclass(StopIteration, Exception), issubclass(OverflowError, ArithmeticError), issubclass(AssertionError, Exception))
print(type(1) is int, type(True) is int, type(1.0) == float, type(type(1)).__name__, type(None).__name__)
print(callable(int), callable(ValueError), callable(lambda: 0), callable("len"), callable(type(len)))
print(format(255, "x"), format(255, "#010b"), format(-42, "+06d"), format(3.5), format("s", "^5"), format(True), format(None))
print(format(1234567, ","), format(2 ** 70, "_d"), format(0.5, ".0%"), format(97, "c"), format(65, "c"))
print(int.__name__, float.__name__, ValueError.__name__, type(ValueError).__name__)
for t in [int, float, str, bool, list, tuple, dict]:
    print(t.__name__, repr(t()), t() == t(), bool(t()))
print(int("ff", 16), int("0b101", 0), int("-z", 36), int("  12_000  "), float("nan") != float("nan"))
def classify(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "big int" if abs(x) > sys_max else "int"
    if isinstance(x, (list, tuple)):
        return "seq of " + str(len(x))
    return type(x).__name__
sys_max = 2 ** 63 - 1
out = []
for x in [False, 7, -(2 ** 64), [1, 2], (), "t", 0.0, {}]:
    out.append(classify(x))
print(out)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
