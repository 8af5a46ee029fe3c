# Every binary operator's forward, reflected and in-place dunder, recorded by a tracer.
STEMS = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
         "and", "or", "xor", "matmul"]
calls = []


class Tracer:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def make(dunder):
    def method(self, other):
        calls.append(f"{self.name}.{dunder}({other!r})")
        return dunder

    method.__name__ = dunder
    return method


for stem in STEMS:
    for prefix in ("", "r", "i"):
        dunder = f"__{prefix}{stem}__"
        setattr(Tracer, dunder, make(dunder))

t = Tracer("t")
forward = [lambda: t + 5, lambda: t - 5, lambda: t * 5, lambda: t / 5, lambda: t // 5,
           lambda: t % 5, lambda: t ** 5, lambda: t << 5, lambda: t >> 5, lambda: t & 5,
           lambda: t | 5, lambda: t ^ 5, lambda: t @ 5]
reflected = [lambda: 5 + t, lambda: 5 - t, lambda: 5 * t, lambda: 5 / t, lambda: 5 // t,
             lambda: 5 % t, lambda: 5 ** t, lambda: 5 << t, lambda: 5 >> t, lambda: 5 & t,
             lambda: 5 | t, lambda: 5 ^ t, lambda: 5 @ t]


def inplace(i):
    x = t
    if i == 0:
        x += 5
    elif i == 1:
        x -= 5
    elif i == 2:
        x *= 5
    elif i == 3:
        x /= 5
    elif i == 4:
        x //= 5
    elif i == 5:
        x %= 5
    elif i == 6:
        x **= 5
    elif i == 7:
        x <<= 5
    elif i == 8:
        x >>= 5
    elif i == 9:
        x &= 5
    elif i == 10:
        x |= 5
    elif i == 11:
        x ^= 5
    else:
        x @= 5
    return x


for i, stem in enumerate(STEMS):
    calls.clear()
    print(f"{stem:9} {forward[i]():14} {reflected[i]():15} {inplace(i):15} {calls}")

print(hasattr(Tracer, "__divmod__"), hasattr(Tracer, "__rdivmod__"))
try:
    divmod(t, 1)
except TypeError as e:
    print(type(e).__name__, e)


class DivMod:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)

    def __repr__(self):
        return "DivMod()"


print(divmod(DivMod(), 3), divmod(3, DivMod()), divmod(DivMod(), DivMod()))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)


class OnlyForward:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return OnlyForward(self.v + (other.v if isinstance(other, OnlyForward) else other))

    def __matmul__(self, other):
        if not isinstance(other, OnlyForward):
            return NotImplemented
        return sum(a * b for a, b in zip(self.v, other.v))

    def __repr__(self):
        return f"OF({self.v!r})"


acc = OnlyForward(1)
before = acc
acc += 2
print(acc, acc is before, before)
print(OnlyForward([1, 2, 3]) @ OnlyForward([4, 5, 6]))
for thunk in [lambda: 1 + OnlyForward(1), lambda: OnlyForward([1]) @ [1], lambda: [1] @ [2],
              lambda: OnlyForward(1) - 1, lambda: 2 ** OnlyForward(1)]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
m = OnlyForward([2])
try:
    m @= 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    m -= 1
except TypeError as e:
    print(type(e).__name__, e)
