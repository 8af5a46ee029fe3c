# sum over iterables with optional start value.
print(sum([]), sum([1, 2, 3]), sum((4, 5)), sum(range(1, 101)))
print(sum([1, 2], 10), sum([], 5), sum([], start=7), sum([1], start=-1))
print(sum([0.5, 0.25]), sum([1, 2.5]), sum([True, True, True]), sum([True], 0.5))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
print(sum([1e16, 1.0, 1.0]), sum([0.1] * 3) == 0.3)
print(sum([2 ** 63, 2 ** 63]), sum([-(2 ** 64)] * 3), sum([10 ** 30, 1]))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()))
d = {3: "c", 4: "d"}
print(sum(d), sum(range(0)), sum(range(10, 0, -2)))
nested = [[1, 2], [3], [4, 5, 6]]
total = 0
for row in nested:
    total += sum(row)
print(total)
acc = 0.0
for x in [0.1] * 10:
    acc += x
print(acc, sum([0.1] * 10), acc == sum([0.1] * 10))
print(sum([1, 2, 3], 0.0), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
print(sum([float("inf"), 1.0]), sum([float("inf"), -float("inf")]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(e)
try:
    sum([1, "b"])
except TypeError as e:
    print(e)
try:
    sum(5)
except TypeError as e:
    print(e)
try:
    sum([[1]])
except TypeError as e:
    print(e)
