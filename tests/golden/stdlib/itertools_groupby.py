# groupby: keys, consecutive runs, groups invalidated when the groupby moves on.
from itertools import groupby

data = [("a", 1), ("a", 2), ("b", 3), ("a", 4), ("c", 5), ("c", 6)]
for key, group in groupby(data, key=lambda p: p[0]):
    print(key, list(group))

print([(k, len(list(g))) for k, g in groupby("aaabbbcccda")])
print([k for k, g in groupby(sorted("mississippi"))])
print(list(groupby([])))

# A group read after the next key was taken is empty.
groups = []
for k, g in groupby("aabbc"):
    groups.append((k, g))
print([(k, list(g)) for k, g in groups])

# A group partly read, then the groupby advanced past it.
gb = groupby([1, 1, 1, 2, 2, 3])
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(next(gb)[0])
try:
    next(gb)
except StopIteration:
    print("done")

# Keys compare with ==, so 1 and 1.0 and True group together.
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
words = "apple avocado banana blueberry cherry apricot".split()
for letter, ws in groupby(words, key=lambda w: w[0]):
    print(letter, "->", ", ".join(ws))
