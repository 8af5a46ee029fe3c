# bisect: left/right positions with duplicates, lo/hi bounds, key functions, insort, errors.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=5, hi=7))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
people = [("ann", 20), ("bob", 31), ("cy", 45)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]), bisect.bisect_right(people, 31, key=lambda p: p[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0)
print(b)
recs = [("x", 3), ("y", 8)]
bisect.insort(recs, ("z", 5), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 3, -1)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.bisect([1, 2], "a")
except TypeError as e:
    print("TypeError", e)
