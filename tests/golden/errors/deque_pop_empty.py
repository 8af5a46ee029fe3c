# An uncaught IndexError from an empty deque, raised inside a function.
from collections import deque

def drain(q):
    total = 0
    while True:
        total += q.popleft()

drain(deque([1, 2, 3]))
