# Cells are created before assignment, rebound later, and deleted.
def rebind_after_closure():
    def get():
        return value
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = 1
    a = get()
    value = "two"
    b = get()
    del value
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    return a, b

print(rebind_after_closure())

def loop_rebind():
    fs = []
    for name in ["x", "y", "z"]:
        fs.append(lambda: name)
    name = "after"
    out = []
    for f in fs:
        out.append(f())
    return out

print(loop_rebind())

def nonlocal_delete():
    v = 5
    def drop():
        nonlocal v
        del v
    def put(x):
        nonlocal v
        v = x
    def read():
        return v
    print(read())
    drop()
    try:
        read()
    except NameError as e:
        print("after drop:", e)
    put(42)
    return read()

print(nonlocal_delete())

def param_is_cell(n):
    def get():
        return n
    n += 1
    return get

print(param_is_cell(1)(), param_is_cell(-5)())

def walrus_cell():
    fs = []
    i = 0
    while (j := i * 3) < 9:
        fs.append(lambda: j)
        i += 1
    r = []
    for f in fs:
        r.append(f())
    return r, j

print(walrus_cell())
