# Integer comparisons, including bools, big numbers and mixed floats.
nums = [-(2 ** 64), -1, 0, 1, 2 ** 63, 2 ** 64]
for a in nums:
    line = ""
    for b in nums:
        if a < b:
            line += "<"
        elif a == b:
            line += "="
        else:
            line += ">"
    print(a, line)
print(1 == 1.0, 1 < 1.5, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(True == 1, False == 0, True > False, True + True == 2, True < 2)
print(5 != 5, 5 != 6, 5 <= 5, 5 >= 6)
print(1 == "1", 0 == None, 0 != [])
print(3 > 2 > 1, 1 < 3 < 2, 1 < 2 <= 2 < 3)
x = 0
print(x == 0 == False, x is None, x is not None)
try:
    print(1 < "2")
except TypeError as e:
    print(e)
try:
    print(None > 0)
except TypeError as e:
    print(e)
try:
    print([1] >= 1)
except TypeError as e:
    print(e)
print(max(3, 2 ** 70, -5), min(3, -(2 ** 70), 5))
print(True + True, True * 10, False - True, True / 2, True // 2, -True)
print(True + 0.5, sum([True, True, False, True]))
