# list methods on edge positions and their error messages.
l = [1, 2, 3]
l.insert(100, "end")
l.insert(-100, "start")
l.insert(-1, "before-last")
l.insert(2, "mid")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
e = []
for args in [(), (0,), (-1,)]:
    try:
        e.pop(*args)
    except IndexError as err:
        print("IndexError:", err)
try:
    [1].pop(5)
except IndexError as err:
    print("IndexError:", err)
try:
    [1].pop("0")
except TypeError as err:
    print("TypeError:", err)
l.extend(range(3))
l.extend("ab")
l.extend((None,))
l.extend({"k": 1})
l.extend(l)
print(l, len(l))
try:
    l.extend(5)
except TypeError as err:
    print("TypeError:", err)
m = [0] * 5
m[-1] = 9
m[0] += 1
m[2] = m
print(len(m), m[2][2][2][-1], m[0])
try:
    m[5] = 1
except IndexError as err:
    print("IndexError:", err)
try:
    m[-6]
except IndexError as err:
    print("IndexError:", err)
try:
    m["a"]
except TypeError as err:
    print("TypeError:", err)
try:
    m[1.0] = 2
except TypeError as err:
    print("TypeError:", err)
print([1, 2] + [3], [1] * 3, [] * 100, [[]] * 2, 3 * [0])
try:
    [1] + (2,)
except TypeError as err:
    print("TypeError:", err)
try:
    [1] < [None]
except TypeError as err:
    print("TypeError:", err)
print([1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1, [2]] == [1, [2]], [0.0] == [-0.0])
q = []
for i in range(6):
    q.append(i)
    if i % 2:
        q.insert(0, q.pop())
print(q)
stack = [1]
while stack:
    top = stack.pop()
    if top < 20:
        stack.append(top * 2)
        stack.append(top * 3)
    else:
        print(top, end=" ")
print()
