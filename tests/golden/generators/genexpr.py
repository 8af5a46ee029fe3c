# Generator expressions: lazy, their own scope, the first iterable evaluated at once.


squares = (n * n for n in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))

print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()))
print(sorted((c for c in "hello"), reverse=True))
print(list(x + y for x in "ab" for y in "12" if y != "2"))
print(dict((k, len(k)) for k in ["one", "three"]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))

# The first iterable is evaluated when the expression runs; the rest lazily.
try:
    g = (x for x in undefined_name)
except NameError as e:
    print("NameError", e)

log = []


def source(tag, n):
    log.append(tag)
    return range(n)


g = (i * j for i in source("outer", 2) for j in source("inner", 2))
print(log)
print(list(g), log)

# Closures over loop variables see the values at the time each element is produced.
base = 10
adders = (base + i for i in range(3))
base = 100
print(list(adders))

# A generator expression inside a function uses the function's locals.


def scaled(values, factor):
    return list(v * factor for v in values if v % 2 == 0)


print(scaled(range(10), 3))
print("".join(ch.upper() for ch in "generator"))
print(tuple(str(i) for i in range(4)), set(i % 3 for i in range(10)))
