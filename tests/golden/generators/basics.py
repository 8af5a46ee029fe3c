# Generator functions: laziness, locals kept across yields, return values, exhaustion.


def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("end")


g = countdown(3)
print("created", type(g).__name__, g.__name__, g.__qualname__)
for v in g:
    print("got", v)
print(list(g), next(g, "exhausted"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])


def with_return(x):
    yield x
    return x * 10


w = with_return(4)
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(w)
except StopIteration as e:
    print("again", e.value, e.args)


def empty():
    return
    yield


print(list(empty()), list(with_return(7)))


def locals_survive():
    big = 2**100
    items = []
    for i in range(3):
        items.append(i)
        yield big + i, list(items)


for pair in locals_survive():
    print(pair)


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)


t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
print(list(t.walk()))


def make_counter(step):
    def gen(n):
        for i in range(n):
            yield i * step

    return gen


print(list(make_counter(5)(4)))
print(sum(countdown(4)), max(countdown(2)), sorted(countdown(3)))
