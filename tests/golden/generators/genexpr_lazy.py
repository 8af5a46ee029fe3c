# Generator expressions: lazy evaluation; only the first iterable is evaluated at once.


def source(name, n):
    print(f"evaluating source {name}")
    return range(n)


def check(x):
    print(f"  checking {x}")
    return x % 2 == 0


ge = (x * 10 for x in source("outer", 4) if check(x))
print("created")
print(next(ge))
print("next again")
print(next(ge))
print(list(ge))

# The second iterable is evaluated for each element of the first, when reached.
pairs = ((a, b) for a in source("A", 2) for b in source(f"B", a + 1))
print("pairs created")
print(list(pairs))

# An error in the first iterable is raised at creation.
try:
    bad = (x for x in 42)
except TypeError as e:
    print("at creation:", type(e).__name__, e)

# An error in the second iterable only when iterated.
lazy_bad = (x for a in [1] for x in a)
print("lazy_bad created")
try:
    next(lazy_bad)
except TypeError as e:
    print("at iteration:", type(e).__name__, e)

# Names in the body are looked up late; the first iterable is bound early.
data = [1, 2, 3]
factor = 2
scaled = (x * factor for x in data)
data = [100]
factor = 5
print(list(scaled))

# Exhaustion: a generator expression can be consumed only once.
squares = (n * n for n in range(4))
print(sum(squares), sum(squares))
print(list(squares))

# The loop variable does not leak.
k = "outer k"
print(list(k for k in range(3)), k)

# Passing a genexpr as the only argument needs no extra parentheses.
print(max(len(w) for w in ["a", "abc", "ab"]))
print(", ".join(str(i) for i in range(5) if i != 2))
print(sorted((w for w in "banana apple cherry".split()), key=len))

# Exceptions inside the expression propagate from next().
faulty = (10 // x for x in [5, 2, 0, 1])
print(next(faulty), next(faulty))
try:
    next(faulty)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(faulty, "finished"))

# A genexpr supports send(None), throw and close like any generator.
ge2 = (c.upper() for c in "xyz")
print(ge2.send(None))
try:
    ge2.send("no")
except AttributeError as e:
    print("send value ignored? no:", type(e).__name__)
except TypeError as e:
    print(type(e).__name__, e)
print(next(ge2))
ge2.close()
print(next(ge2, "closed"))
ge3 = (c for c in "ab")
try:
    ge3.throw(ValueError("thrown"))
except ValueError as e:
    print("throw:", e)
