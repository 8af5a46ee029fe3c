# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product("ab", [1, 2])))
print(list(product(range(2), repeat=3)))
print(list(product("ab", "xy", repeat=2))[:5], len(list(product("ab", "xy", repeat=2))))
print(list(product()), list(product([])), list(product("ab", [])))
print(list(product("abc")), list(product("ab", repeat=0)))
print(list(product([1, 2], [3], [4, 5], [6])))

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 0)), list(permutations([1, 2], 3)), list(permutations([])))
print(len(list(permutations(range(6)))))

print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 0)), list(combinations([1, 2], 5)), list(combinations([], 0)))

print(list(cwr("ABC", 2)))
print(list(cwr([1, 2], 3)), list(cwr([], 2)), list(cwr([], 0)), list(cwr("a", 0)))

# Inputs are read once, when the iterator is created.
it = iter([1, 2, 3])
p = permutations(it, 2)
print(list(it), len(list(p)))

for bad in (lambda: product([1], repeat=-1), lambda: permutations([1], -1),
            lambda: permutations([1], "a"), lambda: combinations([1], -2),
            lambda: combinations([1]), lambda: cwr("ab", -1), lambda: product(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
