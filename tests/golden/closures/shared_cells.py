# Several closures sharing one variable; a closure outliving its frame.
def make_stack():
    items = []
    size = 0

    def push(v):
        nonlocal size
        items.append(v)
        size += 1

    def peek():
        if size == 0:
            raise IndexError("peek on empty stack")
        return items[size - 1]

    def count():
        return size
    return push, peek, count

push, peek, count = make_stack()
try:
    peek()
except IndexError as e:
    print("IndexError:", e)
push("a")
push("b")
print(peek(), count())
push2, peek2, count2 = make_stack()
push2(1)
print(peek2(), count2(), count())

def swapper():
    a, b = "left", "right"

    def swap():
        nonlocal a, b
        a, b = b, a

    def show():
        return a + "|" + b
    return swap, show

swap, show = swapper()
print(show())
swap()
print(show())
swap()
swap()
print(show())

def fib_gen():
    a, b = 0, 1

    def step():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return step

nxt = fib_gen()
for _ in range(12):
    print(nxt(), end=" ")
print()
for _ in range(88):
    nxt()
print(nxt())
