# zip, map, filter, enumerate, any, all and friends consuming generators lazily.


def source(name, items):
    for x in items:
        print(f"  {name} yields {x}")
        yield x
    print(f"  {name} exhausted")


print("zip stops at the shortest; the longer one is left partly consumed")
a = source("a", [1, 2, 3])
b = source("b", "xy")
print(list(zip(a, b)))
print("left in a:", list(a))

print("zip strict")
try:
    list(zip(source("p", [1, 2]), source("q", [1]), strict=True))
except ValueError as e:
    print(type(e).__name__, e)

print("map with two generators")
print(list(map(lambda x, y: x * y, source("m", [1, 2, 3]), source("n", [10, 20]))))

print("filter is lazy")
f = filter(lambda x: x % 2, source("f", range(5)))
print(next(f))
print(list(f))
print(list(filter(None, (x - 2 for x in range(5)))))

print("enumerate with start")
for i, v in enumerate(source("e", "ab"), start=1):
    print(i, v)

print("any and all short-circuit")
print(any(x > 1 for x in source("any", [0, 1, 2, 3])))
print(all(x < 2 for x in source("all", [0, 1, 2, 3])))
print(any(source("empty", [])), all(source("empty2", [])))

print("min/max/sum/sorted/reversed")
print(min(source("min", [5, 3, 8])), max((len(w) for w in ["aa", "b"]), default=0))
print(max((x for x in []), default="nothing"))
try:
    min(x for x in [])
except ValueError as e:
    print(type(e).__name__, e)
print(sum(x * x for x in range(10)), sum((x for x in [0.5, 0.25]), 1))
print(sorted(x % 4 for x in range(10)))
try:
    reversed(x for x in "ab")
except TypeError as e:
    print(type(e).__name__, e)

print("dict/set/tuple/str.join from generators")
print(dict((k, len(k)) for k in ["one", "three"]))
print(sorted(set(x % 3 for x in range(10))))
print(tuple(c.upper() for c in "gen"))
print("-".join(str(n) for n in range(4)))

print("unpacking and star-args")
first, *rest = (x * 2 for x in range(4))
print(first, rest)
print(*(n for n in "abc"))
x, y = (v for v in [1, 2])
print(x, y)
try:
    x, y = (v for v in [1, 2, 3])
except ValueError as e:
    print(type(e).__name__, e)

print("in operator consumes up to the match")
g = source("in", [1, 2, 3, 4])
print(3 in g)
print(list(g))

print("nested zip of enumerate of map")
words = ["alpha", "beta", "gamma"]
for (i, length), w in zip(enumerate(map(len, words)), (w[::-1] for w in words)):
    print(i, length, w)
