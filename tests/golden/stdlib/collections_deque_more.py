# deque: subclasses, copying, iteration, index bounds, rotation and queues in algorithms.
from collections import deque
import copy

class Window(deque):
    def __init__(self, size):
        super().__init__(maxlen=size)
        self.pushes = 0
    def push(self, x):
        self.pushes += 1
        self.append(x)
w = Window(3)
for i in range(5):
    w.push(i * i)
print(w, w.pushes, w.maxlen, isinstance(w, deque), type(w).__name__, len(w))
print(type(deque).__name__, deque.__name__, deque.__module__, deque)

d = deque([[1], [2]], maxlen=4)
s = copy.copy(d)
dd = copy.deepcopy(d)
d[0].append(9)
print(s, dd, s.maxlen, dd.maxlen, s[0] is d[0], dd[0] is d[0])
print(d.__reduce__()[0] is deque, d.__reduce__()[1])

d = deque(range(10))
print(d.index(3, -8), d.index(9, 0, 100), d.index(0, -100))
try:
    d.index(0, 1)
except ValueError as e:
    print("ValueError:", e)
d.rotate(10**9 + 3)
print(d)
d.rotate(-(10**12))
print(d)
try:
    d.rotate(10**30)
except OverflowError as e:
    print("OverflowError:", e)
it = iter(d)
print(next(it), next(it), it.__length_hint__(), list(it))
print(list(reversed(deque("abc"))), sum(deque(range(101))), max(deque([3, 9, 2])))
d2 = deque()
d2.extendleft(range(4))
print(d2, d2 == deque([3, 2, 1, 0]))
d3 = deque([1, 2], maxlen=3)
d3.__init__([7, 8, 9, 10])
print(d3, d3.maxlen)
d3.__init__("ab", maxlen=None)
print(d3)
print(deque([1, 2, 3], maxlen=2) * 3, deque("ab", maxlen=5) * 3, deque([1]) * 0)

# Breadth-first search with a deque as the queue.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    order, seen, q = [], {start}, deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
print(bfs("a"))

# Sliding windows.
def sliding(it, n):
    win = deque(maxlen=n)
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
print(list(sliding(range(6), 3)))
stack = deque()
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        stack.pop()
print(len(stack) == 0, not stack)
