# Comparisons between ints of every size and floats, including nan and inf.
nan = float("nan")
inf = float("inf")
ints = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 63, -(2 ** 63) - 1, 10 ** 30, -(10 ** 400)]
floats = [0.0, -0.0, 0.5, 9007199254740992.0, 9.223372036854776e18, 1e30, -1e308, inf, nan]
for i in ints:
    row = ""
    for f in floats:
        if i < f:
            row += "<"
        elif i > f:
            row += ">"
        elif i == f:
            row += "="
        else:
            row += "?"
    print(f"{i:>42} {row}")
print(nan == nan, nan != nan, nan < 1, 1 > nan, nan is nan, [nan] == [nan])
print(1 == 1.0, True == 1.0, 0 == -0.0, 2 ** 1024 == inf, 2 ** 1024 > 1.7976931348623157e308)
print(1 < 2.5 < 3 < 3.5 < 4, 2 ** 60 < 2.0 ** 61 <= 2 ** 61, 0 < 0.0)
print(max(1, 1.0), min(1.0, 1), max(0, -0.0), min(-0.0, 0))
print((min(2 ** 53 + 1, 2.0 ** 53), max(2 ** 53 + 1, 2.0 ** 53)))
print(hash(1) == hash(1.0), hash(2 ** 53) == hash(2.0 ** 53), hash(0) == hash(-0.0))
d = {1: "int", 2.0: "float"}
d[1.0] = "float one"
d[2] = "int two"
print(d, d[True])
print(10 ** 16 + 1 == 1e16, 10 ** 16 == 1e16, 0.1 * 3 == 0.3, 3 * 0.1 > 0.3)
