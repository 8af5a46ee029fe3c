# isinstance, type(), type identity and type names.
values = [0, True, 1.5, "s", None, [1], (1,), {}, ValueError("v"), 2 ** 64]
for v in values:
    print(repr(v), type(v), type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(1.0, int), isinstance(1, float), isinstance("x", str), isinstance(None, int))
print(isinstance(1, (str, int)), isinstance(1.5, (int, str)), isinstance([], (list, tuple)))
print(isinstance((), (list, tuple)), isinstance({}, dict), isinstance(KeyError(), LookupError))
print(isinstance(2 ** 100, int), isinstance(-0.0, float), isinstance("", (int, (float, str))))
print(type(1) is int, type(True) is int, type(True) is bool, type(1.0) is not int)
print(type(1) == type(2), type(1) == type(1.0), type("a") is type("b"))
print(type(None).__name__, type(type(1)).__name__, type(int).__name__)
print(int, float, str, bool, list, tuple, dict, type(None))
print(type(2 ** 100).__name__, type(10 / 5).__name__, type(10 // 5).__name__, type(range(2)))

def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (float,)):
        return "float"
    if type(x) is str:
        return "str"
    return "other:" + type(x).__name__

for v in [True, 3, 3.0, "3", [3], None, (3,)]:
    print(kind(v), end=" ")
print()
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)
try:
    isinstance(1, "int")
except TypeError as e:
    print(e)
