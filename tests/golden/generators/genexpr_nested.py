# Nested and chained generator expressions, with conditions and the walrus operator.

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]

flat = (x for row in matrix for x in row)
print(list(flat))

transposed = (tuple(row[i] for row in matrix) for i in range(3))
print(list(transposed))

diag_pairs = ((i, j) for i in range(3) if i != 1 for j in range(i, 3) if (i + j) % 2 == 0)
print(list(diag_pairs))

# A generator of generators: each inner one is lazy too.
inners = ((n * k for k in range(3)) for n in range(1, 4))
first = next(inners)
print(list(first), [list(g) for g in inners])

# Chaining: the output of one is the input of the next.
words = ["Apple", "banana", "Cherry", "date", "Elderberry"]
lowered = (w.lower() for w in words)
long_ones = (w for w in lowered if len(w) > 5)
lengths = ((w, len(w)) for w in long_ones)
print(list(lengths))

# The walrus operator inside a generator expression binds in the enclosing scope,
# but only once the generator actually runs.
last = "unset"
ge = (last := x * 10 for x in range(3))
print(last)
print(list(ge), last)

values = [3, 8, 1, 9, 4]
big = [y for x in values if (y := x * 2) > 8]
print(big, y)


def enclosing():
    total = 0
    running = [(total := total + v) for v in [1, 2, 3]]
    lazy = (total := total + v for v in [10, 20])
    before = total
    consumed = list(lazy)
    return running, before, consumed, total


print(enclosing())

# A genexpr over a genexpr over a generator function.
def squares(n):
    for i in range(n):
        yield i * i


evens = (s for s in squares(10) if s % 2 == 0)
labelled = (f"<{s}>" for s in evens)
print(" ".join(labelled))

# Nested genexpr where an inner one refers to the outer's variable (a closure over the loop).
pairs = list(list((a, b) for b in range(a)) for a in range(4))
print(pairs)

# Conditional expressions and calls inside.
print(list(("even" if n % 2 == 0 else "odd", abs(n)) for n in range(-2, 3)))

# Genexpr in a default argument is evaluated once.
def use_default(items=tuple(x * 2 for x in range(3))):
    return items


print(use_default(), use_default() is use_default())
