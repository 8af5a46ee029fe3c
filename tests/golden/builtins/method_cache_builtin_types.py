# Method calls and bound methods through site caches on built-in types whose attribute lookup
# also serves data attributes: deque (maxlen), int/float (real, imag…), generators and
# coroutines (gi_*/cr_*), files; plus properties with built-in and Python getters.
from collections import deque
import operator
import sys

d = deque(maxlen=3)
for i in range(5):
    d.append(i)
    print(list(d), d.maxlen, d.count(i))
app = d.append
app(9)
print(list(d), app.__name__, app.__self__ is d)
print(deque().maxlen)


class MyDeque(deque):
    def append(self, x):
        print("MyDeque.append", x)
        super().append(x * 2)


for q in (deque(), MyDeque(), deque()):
    q.append(1)
    print(type(q).__name__, list(q))

for n in (5, 255, -8, 2**70):
    print(n.bit_length(), n.real, n.imag, n.numerator, n.denominator, n.bit_count())
for f in (0.5, 3.0, -2.25):
    print(f.is_integer(), f.real, f.imag, f.as_integer_ratio(), f.hex())
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)


def gen():
    got = yield 1
    while True:
        got = yield got * 2


g = gen()
print(next(g), g.gi_running, g.gi_suspended)
for v in (1, 2, 3):
    print(g.send(v), g.gi_yieldfrom)
g.close()
print(g.gi_suspended, g.gi_running)
try:
    g.send(1)
except StopIteration:
    print("StopIteration after close")


async def coro():
    return 42


c = coro()
print(c.cr_running, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

w = sys.stdout.write
for s in ("a", "b", "c\n"):
    w(s)
print(w.__name__)


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
    kelvin = property(operator.attrgetter("_c"))
    nothing = property()


t = Temp(20)
for _ in range(2):
    print(t.celsius, t.fahrenheit, t.kelvin)
try:
    t.nothing
except AttributeError as e:
    print("AttributeError:", e)
Temp.celsius = property(lambda self: "replaced")
print(t.celsius)
