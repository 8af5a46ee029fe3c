# Tuples: literals, singletons, indexing, concatenation and comparison.
t = (1, "two", 3.0)
print(t, len(t), t[0], t[-1], t[1])
single = (1,)
not_tuple = (1)
empty = ()
print(single, len(single), not_tuple, empty, len(empty), type(single).__name__, type(not_tuple).__name__)
bare = 4, 5, 6
print(bare, type(bare).__name__)
print(t + single, empty + empty, single * 3, () * 10, (0,) * 2)
print((1, 2) == (1, 2), (1, 2) == (2, 1), (1,) == [1], () == ())
pairs = [((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((), (0,)), ((2,), (1, 9, 9)),
         (("a", 1), ("a", 0)), ((1, 2.5), (1, 2)), ((-1,), (0,))]
for a, b in pairs:
    print(a, b, a < b, a <= b, a > b, a >= b, a == b)
nested = ((1, 2), ((3,), ()), "x")
print(nested, nested[1][0][0], len(nested[1]))
print(2 in t, "two" in t, 3 in t, (1, 2) in nested, "y" not in nested)
for item in (10, 20):
    print("item", item)
holder = ([1], [2])
holder[0].append(99)
print(holder)
print(max((3, 1), (2, 9)), min((1, "b"), (1, "a")))
print(str((1, "a")), repr(("it's",)), ((((),),),))
try:
    print(t[3])
except IndexError as e:
    print(e)
try:
    print(empty[-1])
except IndexError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print(e)
try:
    print((1,) + [2])
except TypeError as e:
    print(e)
try:
    print(len(t) + t)
except TypeError as e:
    print(e)
