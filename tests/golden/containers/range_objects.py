# range with one, two and three arguments: iteration, len, indexing, in.
for r in [range(5), range(2, 6), range(0, 10, 3), range(10, 0, -3), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -4)]:
    items = []
    for x in r:
        items.append(x)
    print(items, len(r), bool(r))
r = range(0, 100, 7)
print(r[0], r[1], r[-1], r[-2], r[len(r) - 1], len(r))
print(7 in r, 8 in r, 98 in r, 99 in r, 105 in r, -7 in r, 7.0 in r)
down = range(10, -10, -3)
print(down[0], down[-1], len(down), 4 in down, 5 in down, -8 in down)
print(len(range(10 ** 6)), range(10 ** 6)[-1], len(range(-5, 5, 2)))
huge = range(2 ** 64)
print(huge[2 ** 63], huge[-1], 2 ** 63 in huge, -1 in huge)
print(range(1, 4)[1], range(4, 1, -1)[1], range(-5, 0)[-5])
total = 0
for i in range(1, 11, 2):
    total += i
print(total)
print(sum(range(101)), max(range(7)), min(range(3, 9)), sum(range(10, 0, -1)))
print(type(range(3)).__name__, isinstance(range(3), range))
for bad in [range(5), range(0, 10, 3), range(0)]:
    try:
        print(bad[len(bad)])
    except IndexError as e:
        print(e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range("5")
except TypeError as e:
    print(e)
try:
    range(3)[0] = 1
except TypeError as e:
    print(e)
