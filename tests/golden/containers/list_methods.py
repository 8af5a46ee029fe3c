# list and tuple methods: sort (stable, key, reverse), index, count, remove, reverse, copy, clear.
l = [5, 2, 9, 1, 5, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
pairs.sort()
print(pairs)
big = []
n = 7
for i in range(300):
    n = (n * 31 + 11) % 1009
    big.append(n)
big.sort()
ok = True
for i in range(1, len(big)):
    if big[i - 1] > big[i]:
        ok = False
print(ok, big[0], big[-1], len(big))
stab = []
for i in range(200):
    stab.append((i * 37) % 10 * 1000 + i)
stab.sort(key=lambda v: v // 1000)
good = True
for i in range(1, len(stab)):
    a, b = stab[i - 1], stab[i]
    if a // 1000 > b // 1000 or (a // 1000 == b // 1000 and a % 1000 > b % 1000):
        good = False
print(good, stab[0], stab[199])
f = [2.5, -1, 3, 0.5, True]
f.sort()
print(f)
e = []
e.sort()
print(e, [1].sort(), [3, 2, 1].sort(key=None, reverse=False))
for bad in [[3, "a", 1], [1, None], [(1, 2), (1, "x")]]:
    try:
        bad.sort()
    except TypeError as err:
        print("TypeError:", err)
try:
    [1, 2].sort(key=lambda v: 1 // (v - 1))
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
k = [3, 1, 2]
try:
    k.sort(key=lambda v: [][v])
except IndexError as err:
    print("IndexError:", err, k)
for call in [lambda: [].sort(1), lambda: [].sort(foo=1), lambda: [].sort(key=len, reverse=True, x=1),
             lambda: [].sort(reverse=None)]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)
m = [1, 2, 3, 2, 1, 2]
print(m.index(2), m.index(2, 2), m.index(2, -2), m.index(1, 1, 5), m.count(2), m.count(7), m.count(1.0))
for call in [lambda: m.index(9), lambda: m.index(3, 0, 2), lambda: m.index(1, "a"), lambda: m.index(),
             lambda: m.count(), lambda: m.remove(), lambda: m.index(1, 2, 3, 4)]:
    try:
        call()
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
m.remove(2)
print(m)
try:
    m.remove(42)
except ValueError as err:
    print("ValueError:", err)
m.reverse()
print(m)
c = m.copy()
c.append(0)
print(m, c, c is m)
c.clear()
print(c, m)
for call in [lambda: m.reverse(1), lambda: m.copy(x=1), lambda: m.clear(1), lambda: m.append(),
             lambda: m.pop(1, 2), lambda: m.insert(1)]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)
t = (1, 2, 3, 2, "a")
print(t.index(2), t.index("a"), t.index(2, 2), t.count(2), t.count("b"))
try:
    t.index(5)
except ValueError as err:
    print("ValueError:", err)
try:
    t.count()
except TypeError as err:
    print("TypeError:", err)
