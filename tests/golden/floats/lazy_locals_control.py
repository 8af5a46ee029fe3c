# Float locals through control flow: try/except/finally, break/continue, del, rebinding to
# non-floats, augmented assignment, while loops, nested functions and locals().


def rebinding():
    x = 1.0
    for k in range(6):
        if k == 2:
            x = "text"
            print(x)
            x = 2.0
        elif k == 4:
            x = None
            print(x)
            x = 0.5
        x = x * 3.0 + k
    return x


def with_finally():
    v = 2.0
    try:
        v = v * v
        return v - 1.0
    finally:
        v = v * 10.0
        print("finally", v)


def deleting():
    y = 1.5 * 2.0
    del y
    try:
        print(y * 2.0)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 4.0 / 8.0
    return y


def loops():
    s = 0.0
    k = 0
    while True:
        k += 1
        if k % 3 == 0:
            continue
        s = s + 1.0 / k
        if s > 2.0:
            break
    z = 0.0
    for i in range(10):
        z -= i * 0.1
        z *= 1.0
    return s, k, z


def snapshot():
    a = 1.5
    b = a * 2.0
    c = -b
    return sorted(locals().items())


def swap():
    p, q = 1.0, 2.0
    for _ in range(3):
        p, q = q * 1.0, p + q
    return p, q


def exceptions():
    r = 0.5
    try:
        r = r * 4.0
        raise ValueError(r)
    except ValueError as e:
        r = r + e.args[0]
    return r


print(rebinding())
print(with_finally())
print(deleting())
print(loops())
print(snapshot())
print(swap())
print(exceptions())
