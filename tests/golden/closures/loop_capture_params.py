# Closures capturing loop variables, parameters and defaults.
def make_all(n, scale):
    late = []
    early = []
    for i in range(n):
        late.append(lambda: i * scale)
        early.append(lambda i=i: i * scale)
    scale = scale + 100
    return late, early

late, early = make_all(4, 2)
out_late = []
out_early = []
for f in late:
    out_late.append(f())
for f in early:
    out_early.append(f())
print(out_late)
print(out_early)

def adders():
    fs = []
    k = 0
    while k < 3:
        def add(x, k=k):
            return x + k
        fs.append(add)
        k += 1
    return fs

for a in adders():
    print(a(10), end=" ")
print()

def param_capture(a, b=5, *rest, c, **kw):
    def show():
        return (a, b, rest, c, kw)
    a = a * 2
    return show

print(param_capture(1, c=3)())
print(param_capture(1, 2, 3, 4, c=0, z=9)())

def while_capture():
    fs = []
    x = 0
    while x < 3:
        y = x * x
        fs.append(lambda: (x, y))
        x += 1
    return fs

r = []
for f in while_capture():
    r.append(f())
print(r)

def shadow(x):
    def inner(x):
        return lambda: x
    return inner(x + 1), (lambda: x)

p, q = shadow(10)
print(p(), q())
