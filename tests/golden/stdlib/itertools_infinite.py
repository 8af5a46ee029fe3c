# count, cycle and repeat: laziness, reprs, float and negative steps.
from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), next(c), c)
print(list(islice(count(10, 5), 4)))
print(list(islice(count(1.5, 0.25), 4)))
print(list(islice(count(5, -2), 4)))
c2 = count(3, 1.0)
print(c2, next(c2), c2)
print(count(-1), count(0, -1), count(2.5), count(7, 3))

cy = cycle("abc")
print("".join(next(cy) for _ in range(8)))
print(list(cycle([])))
gen_calls = []
def source():
    for i in range(3):
        gen_calls.append(i)
        yield i
cy2 = cycle(source())
print([next(cy2) for _ in range(7)], gen_calls)

r = repeat("x", 3)
print(r, list(r), r)
print(list(repeat(7, 0)), list(repeat(7, -4)), repeat(7, -4))
print(repeat([1, 2]))
r2 = repeat(None)
print(next(r2), next(r2), r2)
print(list(map(pow, range(5), repeat(2))))
print(list(zip("abc", count(1))))
print(repeat(times=2, object="k"), list(repeat(object=1, times=2)))
print(list(repeat("z", times=2)))

for bad in (lambda: count("a"), lambda: count(1, "b"), lambda: repeat(), lambda: repeat(1, 2, 3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
