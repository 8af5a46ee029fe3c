# iter/next over lists, tuples, strings, dicts and ranges; exhaustion; defaults.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
s = iter("héllo")
letters = []
while (c := next(s, None)) is not None:
    letters.append(c)
print(letters)
d = {"x": 1, "y": 2, "z": 3}
di = iter(d)
print(next(di), list(di), next(di, "empty"))
r = iter(range(10, 0, -3))
print(next(r), list(r))
t = iter((None, 0, ""))
print(next(t), next(t), repr(next(t)), next(t, "end"))
a = iter([1, 2, 3, 4, 5, 6])
pairs = []
for x in a:
    pairs.append((x, next(a, None)))
print(pairs)
b = iter(range(7))
chunks = []
while True:
    first = next(b, None)
    if first is None:
        break
    chunk = [first]
    for _ in range(2):
        v = next(b, None)
        if v is None:
            break
        chunk.append(v)
    chunks.append(tuple(chunk))
print(chunks)
it2 = iter([10, 20])
it3 = iter(it2)
print(it2 is it3, next(it3), next(it2), next(it3, -1))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
total = 0
src = iter(range(1, 101))
for n in src:
    total += n
    next(src, 0)
print(total)
print(sum(iter([1, 2, 3])), max(iter([5, 9, 2])), min(iter("zebra")), tuple(iter({})))
print(list(iter(range(3))), dict(iter([("a", 1), ("b", 2)])))
