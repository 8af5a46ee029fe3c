# heapq: the heap's list order after pushes, pops and heapify (as CPython's), replace and
# pushpop, tuples as priorities, merge (stable, key, reverse), nsmallest/nlargest, errors.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], [7, 3, 2], reverse=True)))
print(list(heapq.merge([(1, "x")], [(1, "a"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([], [1])))
nums = [15, 3, 99, 42, 7, 3, 64, 21]
print(heapq.nsmallest(3, nums), heapq.nlargest(3, nums), heapq.nlargest(0, nums))
words = ["kiwi", "fig", "banana", "apple", "date"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))


class Job:
    def __init__(self, cost):
        self.cost = cost

    def __lt__(self, other):
        return self.cost < other.cost

    def __repr__(self):
        return f"Job({self.cost})"


jobs = [Job(c) for c in [4, 2, 9, 1]]
heapq.heapify(jobs)
print(jobs, heapq.heappop(jobs))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    heapq.heapify([1, "a", 2, None])
except TypeError as e:
    print("TypeError", e)
