# Comprehension scope: the loop variable is isolated, outer names are visible, closures
# capture per-comprehension cells (late binding), and the first iterable is evaluated outside.
i = "outer"
print([i for i in range(3)], i)


def f(n):
    offset = 100
    return [offset + k for k in range(n)]


print(f(4))


def g():
    total = 0
    data = [1, 2, 3]
    doubled = [total + d * 2 for d in data]
    total = 5
    return doubled, total


print(g())

fs = [lambda: k for k in range(3)]
print([h() for h in fs])
gs = [lambda k=k: k for k in range(3)]
print([h() for h in gs])


def make(step):
    return [lambda x, j=j: x + j * step for j in range(3)]


print([h(10) for h in make(5)])

x = [1, 2, 3]
print([x for x in x])
print(x)


def nested():
    rows = [[(r, c) for c in range(r)] for r in range(3)]
    return rows


print(nested())
counter = 0


def bump():
    global counter
    counter += 1
    return counter


print([bump() for _ in range(4)], counter)
