# islice: every argument form, how far it consumes the input, and its errors.
from itertools import islice, count
import sys

s = "ABCDEFG"
print(list(islice(s, 2)))
print(list(islice(s, 2, 4)))
print(list(islice(s, 2, None)))
print(list(islice(s, 0, None, 2)))
print(list(islice(s, None)))
print(list(islice(s, None, None, 3)))
print(list(islice(s, 1, 6, None)))
print(list(islice(s, 10)), list(islice(s, 5, 2)))
print(list(islice(count(), 3, 20, 5)))
print(list(islice(range(100), sys.maxsize)))

# How far it reads: islice stops without reading past stop.
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 4)), next(it))
it = iter(range(3))
print(list(islice(it, 5, 9)), list(it))

class Idx:
    def __index__(self):
        return 2
print(list(islice("hello", Idx())), list(islice("hello", Idx(), None, Idx())))

def check(*args, **kw):
    try:
        print(list(islice(*args, **kw)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

check("abc")
check("abc", 1, 2, 3, 4)
check("abc", -1)
check("abc", -5)
check("abc", "x")
check("abc", 1.0)
check("abc", -1, 2)
check("abc", "a", 2)
check("abc", 0, -1)
check("abc", 0, -2)
check("abc", 0, 2, 0)
check("abc", 0, 2, -1)
check("abc", 0, 2, "s")
check("abc", 2**70)
check("abc", stop=2)
check(5, 1)
