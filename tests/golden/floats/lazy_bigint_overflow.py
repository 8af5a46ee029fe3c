# Huge ints in float expressions (OverflowError: int too large to convert to float), `**`
# on floats (libm's pow, overflow, complex results, zero to a negative power) in chains whose
# intermediates are unboxed, and float locals staying usable after the exception.


def try_it(label, fn):
    try:
        r = fn()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


def overflow_chain(scale):
    x = 1.5
    y = 0.25
    out = []
    for k in range(4):
        try:
            x = x * 2.0 + y * scale ** k
            out.append(x)
        except OverflowError as e:
            out.append(str(e))
        y = y + 1.0
    return x, y, out


def run():
    huge = 10 ** 400
    try_it("mul", lambda: 1.5 * huge)
    try_it("radd", lambda: huge + 0.5)
    try_it("div", lambda: 2.0 / huge)
    try_it("rdiv", lambda: huge / 2.0)
    try_it("intdiv", lambda: huge / huge)
    try_it("sub", lambda: (0.5 - 0.25) - huge * 1)
    try_it("neg", lambda: -(huge * 2.0))
    try_it("cmp", lambda: 1e308 * 10.0 > huge)
    try_it("cmp2", lambda: 1.5 * 2.0 < huge)
    print(overflow_chain(10 ** 200))
    print(overflow_chain(3))
    try_it("pow1", lambda: 2.0 ** 0.5)
    try_it("pow2", lambda: 2.0 ** 10000)
    try_it("pow3", lambda: (-8.0) ** (1.0 / 3.0))
    try_it("pow4", lambda: 0.0 ** -1.0)
    try_it("pow5", lambda: (-2.0) ** 3)
    try_it("pow6", lambda: 1.5 ** huge)
    try_it("pow7", lambda: 0.5 ** 2000)
    try_it("pow8", lambda: (1e308 * 10.0) ** 0.5)
    try_it("pow9", lambda: 1.0 ** (1e308 * 10.0))
    try_it("pow10", lambda: 2 ** 0.5 ** 2)
    try_it("pow11", lambda: 4.0 ** -0.5 * 3)
    try_it("pow12", lambda: (0.1 + 0.2) ** 2.0 ** 0.5)
    s = 0.0
    for k in range(1, 50):
        s += (k * 1.0) ** 0.5 - k ** 0.5
        s += (k + 0.5) ** -1.5
    print(repr(s))


run()
