# Closures: __closure__ cells, cell_contents, nonlocal rebinding, late binding, empty cells.
def make_adder(n):
    def add(x):
        return x + n
    return add


add5 = make_adder(5)
cells = add5.__closure__
print(type(cells).__name__, len(cells), type(cells[0]).__name__, cells[0].cell_contents, add5(1))
print(make_adder.__closure__, add5.__code__.co_freevars if hasattr(add5, "__code__") else ("n",))
cells[0].cell_contents = 100
print(add5(1))


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def peek():
        return count

    return inc, peek


inc, peek = counter()
inc()
inc()
print(peek(), inc.__closure__[0] is peek.__closure__[0], inc.__closure__[0].cell_contents)


def late():
    fns = [lambda: i for i in range(3)]
    early = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in early]


print(late())


def unbound_cell():
    def reader():
        return value
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        reader.__closure__[0].cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    value = "bound now"
    print(reader(), reader.__closure__[0].cell_contents)
    del value
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)


unbound_cell()


def shared():
    x = []

    def a():
        x.append("a")

    def b():
        x.append("b")
        return x

    return a, b


fa, fb = shared()
fa()
print(fb(), fa.__closure__[0].cell_contents is fb.__closure__[0].cell_contents)


def multi(p, q):
    def uses():
        return p, q
    return uses


u = multi(1, [2])
print([c.cell_contents for c in u.__closure__])


def nested_levels():
    a = 1

    def mid():
        b = 2

        def inner():
            return a + b
        return inner
    return mid()


inner = nested_levels()
print(inner(), sorted(c.cell_contents for c in inner.__closure__))


class Holder:
    def method(self):
        return __class__


print(Holder().method().__name__, Holder.method.__closure__[0].cell_contents is Holder)
c = add5.__closure__[0]
print(c == c, c == make_adder(5).__closure__[0] if False else "cells compare by contents:")
x1 = make_adder(5).__closure__[0]
x2 = make_adder(5).__closure__[0]
print(x1 == x2, x1 != make_adder(6).__closure__[0])
