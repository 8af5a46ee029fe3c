# min and max over several arguments or one iterable.
print(min(3, 1, 2), max(3, 1, 2), min(5, 5), max(-1, -5))
print(min([4, 2, 8]), max([4, 2, 8]), min((9,)), max(range(10)))
print(min("hello"), max("hello"), min(["b", "a", "c"]), max("b", "abc"))
print(min(1, 1.0), min(1.0, 1), max(2, 2.0), max(True, 1), max(1, True))
print(min(-0.0, 0.0), max(0.0, -0.0), max(0, -0.0))
print(max(2 ** 64, 2 ** 63, -(2 ** 65)), min(2 ** 64, 2 ** 63, -(2 ** 65)))
print(max([1, 2], [1, 3]), min((2, "a"), (1, "z")), max([[]], [[0]]))
print(max(1, 2.5, True), min(False, 0.5, -1))
d = {"b": 1, "a": 2, "c": 0}
print(min(d), max(d))
nan = float("nan")
print(max(nan, 1), max(1, nan), min(nan, 5), min(5, nan))
print(max(range(3, 30, 4)), min(range(-3, 3)))
values = [17, -4, 23, 8]
lo = values[0]
hi = values[0]
for v in values:
    lo = min(lo, v)
    hi = max(hi, v)
print(lo, hi, lo == min(values), hi == max(values))
for bad in [lambda: min([]), lambda: max(()), lambda: max(""), lambda: min(range(0))]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in [lambda: min(), lambda: max(), lambda: min(1), lambda: max(1, "a"), lambda: min([1, None])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
