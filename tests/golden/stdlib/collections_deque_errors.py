# deque's errors, with CPython's messages.
from collections import deque

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: deque([1, 2])[2])
attempt(lambda: deque([1, 2])[-3])
attempt(lambda: deque([1, 2])["a"])
attempt(lambda: deque([1, 2])[0:1])
attempt(lambda: deque([1]).remove(5))
attempt(lambda: deque([1]).index("x"))
attempt(lambda: deque([1, 2, 3]).index(1, 1))
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque(maxlen="3"))
attempt(lambda: deque([1], maxlen=1).insert(0, 2))
attempt(lambda: deque([1]) + [2])
attempt(lambda: hash(deque()))
attempt(lambda: deque() < [1])
attempt(lambda: deque([1]).insert("a", 1))
attempt(lambda: deque([1]).rotate("a"))
attempt(lambda: deque([1]).append())
attempt(lambda: deque([1]).pop(0))
attempt(lambda: deque([1], 2, 3))
attempt(lambda: deque(5))

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1, 2, 3])
try:
    for x in reversed(d):
        d.appendleft(x)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    d.maxlen = 4
except AttributeError:
    print("AttributeError")
d2 = deque([1, 2])
del d2[0]
attempt(lambda: d2.__delitem__(5))
print(d2)
