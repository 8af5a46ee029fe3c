# Float values computed by unboxed chains escaping mid-loop: into lists, dicts, tuples,
# closures, generators, return values and default arguments; identity of one value is kept
# wherever it goes.


def gen(n):
    x = 0.5
    for k in range(n):
        x = x * 2.0 - 0.25
        yield x
        yield x * -1.0


def make_adders():
    fs = []
    v = 0.0
    for k in range(3):
        v = v + 1.5 * k
        fs.append(lambda y, v=v: y + v)
    return fs


def closure():
    total = 0.0

    def add(d):
        nonlocal total
        total = total + d * 2.0
        return total

    for k in range(4):
        add(k * 0.25)
    return total, add(0.0)


def run():
    out = []
    d = {}
    x = 1.0
    for k in range(5):
        x = x * 1.5 + 0.25
        out.append(x)
        d[k] = x
        if k == 2:
            same = x
    print(out, out[2] is same, d[2] is same, d[4] is out[4], out[4] is x)
    a = 0.5 * 3.0
    pair = (a, a)
    print(pair, pair[0] is pair[1], pair[0] is a, id(a) == id(a), a is a)
    print(list(gen(3)), sum(gen(4)))
    print([f(1.0) for f in make_adders()])
    print(closure())
    vals = [k * 0.5 for k in range(4)]
    w = 0.0
    for v in vals:
        w = w - v * v
        vals.append(w) if len(vals) < 6 else None
    print(vals, w)
    s = 0.125 * 8.0
    print(f"{s} {s * 2.0:.3f} {-s!r}", str(s * 3.0), format(s / 3.0, ".4g"))
    m = max(0.5 * 2.0, 3.0 / 4.0, -(-2.0))
    print(m, min(1.5 * 2.0, 3.5), abs(-1.5 * 2.0), round(2.675 * 1.0, 2), int(7.9 * 1.0), bool(0.0 * 5.0))
    e = {1.0 * 1: "one", 2.0 * 0.5: "uno"}
    print(e, hash(0.5 * 2.0) == hash(1), 1.5 * 2.0 in [3, 4], (0.1 * 3.0) in {0.30000000000000004})


run()
