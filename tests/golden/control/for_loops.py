# for loops over ranges, strings, tuples, lists and dicts, with else.
for i in range(3):
    print("range", i)
for ch in "abc":
    print("char", ch)
for item in (1, "two", 3.0, None):
    print("tuple item", repr(item))
for item in [[1, 2], [], ["x"]]:
    print("list item", item, len(item))
d = {"b": 2, "a": 1, "c": 3}
for key in d:
    print("key", key, d[key])
for k, v in [("x", 1), ("y", 2)]:
    print(k, v)
for a, b in ((1, 2), (3, 4), "ab"):
    print(a, b)
for i in range(10):
    if i == 3:
        print("breaking at", i)
        break
else:
    print("not printed")
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
for i in []:
    print("never")
else:
    print("else on empty loop")
for i in range(5):
    i = i * 100
    print(i, end=" ")
print()
print("loop variable after loop:", i)
total = 0
for x in range(1, 101):
    total += x
print("sum 1..100", total)
nums = [3, 8, 1]
for n in nums:
    nums.append(n * 10) if n < 5 and len(nums) < 6 else None
print(nums)
for x in range(2):
    for y in range(2):
        print(x, y, end="; ")
print()
