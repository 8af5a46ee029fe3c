# Interaction between global, nonlocal and local names of the same spelling.
x = "global x"

def f():
    x = "f local"

    def g():
        nonlocal x
        x = "set by g"

    def h():
        global x
        x = "set by h"

    def k():
        return x
    print(k())
    g()
    print(k())
    h()
    print(k())
    return x

print(f())
print(x)
level = 0

def bump_global():
    global level
    level += 1

def run():
    level = 100

    def bump_local():
        nonlocal level
        level += 1
    bump_local()
    bump_global()
    bump_local()
    return level

print(run(), level)

def reads_global_later():
    return later_defined * 2

later_defined = 21
print(reads_global_later())

def make():
    values = []

    def add(v):
        values.append(v)
        return len(values)
    return add

a = make()
b = make()
print(a("x"), a("y"), b("z"))
