# Assignment expressions inside comprehensions bind in the enclosing scope (PEP 572).

data = [3, 8, 1, 9, 4]
evens = [y for x in data if (y := x * 2) > 6]
print(evens, y)

total = 0
running = [total := total + v for v in data]
print(running, total)


def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None


print(first_long(["ab", "abcdef", "xyz"]), first_long(["a"]))


def stats(values):
    seen = {(last := v) for v in values}
    counts = {k: (n := values.count(k)) for k in sorted(seen)}
    return last, n, counts


print(stats([5, 1, 5, 2]))


def nested():
    grid = [[(cell := r * 10 + c) for c in range(3)] for r in range(2)]
    return grid, cell


print(nested())


def closure_sees_it():
    items = [(m := i) for i in range(4)]

    def show():
        return m

    return show(), items


print(closure_sees_it())
