# Closures capture variables, not values: late binding and its fixes.
funcs = []
for i in range(4):
    def show():
        return i
    funcs.append(show)
i = 99
for f in funcs:
    print(f(), end=" ")
print()

def build():
    out = []
    for j in range(4):
        out.append(lambda: j * 10)
    return out

for f in build():
    print(f(), end=" ")
print()

def build_fixed():
    out = []
    for j in range(4):
        out.append(lambda j=j: j * 10)
    return out

for f in build_fixed():
    print(f(), end=" ")
print()

def build_factory():
    def make(v):
        return lambda: v * 10
    out = []
    for j in range(4):
        out.append(make(j))
    return out

for f in build_factory():
    print(f(), end=" ")
print()

def rebinding():
    x = 1
    get = lambda: x
    print(get())
    x = 2
    print(get())
    x = "three"
    return get

g = rebinding()
print(g())

def captured_list():
    items = []
    add = lambda v: items.append(v)
    add(1)
    add(2)
    items.append(3)
    return items, len(items)

print(captured_list())
