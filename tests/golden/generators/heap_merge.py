# Merging sorted generator streams with heapq, and top-k over a lazy stream.
import heapq


def log_stream(name, start, step, count):
    t = start
    for i in range(count):
        yield (t, name, f"{name} event {i}")
        t += step


streams = [log_stream("web", 0, 3, 4), log_stream("db", 1, 4, 3), log_stream("cache", 2, 5, 3)]
for t, name, msg in heapq.merge(*streams):
    print(t, msg)

# The same merge written by hand with a heap of (head, index, generator).
def merge_by_hand(*iterables):
    heap = []
    for i, it in enumerate(map(iter, iterables)):
        first = next(it, None)
        if first is not None:
            heap.append((first, i, it))
    heapq.heapify(heap)
    while heap:
        value, i, it = heap[0]
        yield value
        nxt = next(it, None)
        if nxt is None:
            heapq.heappop(heap)
        else:
            heapq.heapreplace(heap, (nxt, i, it))


print(list(merge_by_hand([1, 4, 9], (x * x for x in range(1, 4)), iter([0, 5]))))
print(list(merge_by_hand()))
print(list(merge_by_hand([], [2], [])))

# merge with key and reverse.
words_a = (w for w in ["kiwi", "fig", "a"])
words_b = (w for w in ["banana", "pear", "ox"])
print(list(heapq.merge(words_a, words_b, key=len, reverse=True)))


# Top-k of a long lazy stream without materialising it.
def readings():
    x = 17
    for _ in range(1000):
        x = (x * 1103515245 + 12345) % 2**31
        yield x % 1000


print(heapq.nlargest(5, readings()))
print(heapq.nsmallest(3, readings(), key=lambda v: abs(v - 500)))


# A running median using two heaps, fed by a generator via send.
def running_median():
    low, high = [], []  # max-heap (negated) and min-heap
    median = None
    while True:
        x = yield median
        if not low or x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            median = -low[0]
        else:
            median = (-low[0] + high[0]) / 2


rm = running_median()
next(rm)
print([rm.send(x) for x in [5, 15, 1, 3, 8, 7, 9, 10]])
