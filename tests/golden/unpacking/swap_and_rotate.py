# Classic idioms: swaps, rotations, head/tail recursion.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
x, y, z = y, z, x
print(x, y, z)
nums = [5, 3, 8, 1]
nums[0], nums[-1] = nums[-1], nums[0]
print(nums)


def total(seq):
    if not seq:
        return 0
    head, *tail = seq
    return head + total(tail)


print(total([1, 2, 3, 4]))


def last(seq):
    *_, end = seq
    return end


print(last("python"), last(range(7)))
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
(a, b), (c, d) = pairs
print(a, b, c, d)
