# Closures returned from closures returned from closures.
def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a * 1000 + b * 100 + c * 10 + d
            return level4
        return level3
    return level2

print(level1(1)(2)(3)(4))
f = level1(9)
g = f(8)
h = g(7)
print(h(6), h(0), g(1)(1), f(0)(0)(0))

def compose(*fs):
    def run(x):
        for fn in reversed_list(fs):
            x = fn(x)
        return x
    return run

def reversed_list(seq):
    out = []
    i = len(seq) - 1
    while i >= 0:
        out.append(seq[i])
        i -= 1
    return out

inc = lambda x: x + 1
dbl = lambda x: x * 2
sq = lambda x: x * x
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(sq, inc, dbl)(3), compose()(7))

def curry3(fn):
    return lambda a: lambda b: lambda c: fn(a, b, c)

vol = curry3(lambda x, y, z: x * y * z)
print(vol(2)(3)(4))
parts = curry3(lambda x, y, z: f"{x}-{y}-{z}")
p1 = parts("a")
print(p1("b")("c"), p1("x")("y"))

def accumulator():
    total = 0
    def outer_add(n):
        def inner_add(m):
            nonlocal total
            total += n * m
            return total
        return inner_add
    def get():
        return total
    return outer_add, get

add, get = accumulator()
times3 = add(3)
print(times3(1), times3(2), add(10)(10), get())

def make_chain(n):
    if n == 0:
        return lambda x: x
    prev = make_chain(n - 1)
    return lambda x: prev(x) + n

print(make_chain(10)(0), make_chain(50)(1))
