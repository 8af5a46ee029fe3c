# sorted, reversed, enumerate, zip, map, filter, any, all and iter(callable, sentinel).
print(sorted([3, 1, 2]), sorted("banana"), sorted((3, 1), reverse=True), sorted(range(5), key=lambda v: -v))
print(sorted({"b": 1, "a": 2}), sorted([], key=len), sorted(set([9, 8, 7])))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), words)
for call in [lambda: sorted(), lambda: sorted([], 1), lambda: sorted([], foo=1), lambda: sorted(1),
             lambda: sorted([1, "a"]), lambda: sorted([3, "a", 1])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(1, 10, 3))))
print(list(reversed(range(0))), list(reversed(range(10, 0, -4))), list(reversed(range(2 ** 64, 2 ** 64 + 2))))
for o in [reversed([]), reversed(()), reversed(""), reversed(range(3)), enumerate([]), zip(), map(len, []),
          filter(None, []), iter(int, 1)]:
    print(type(o).__name__, end=" ")
print()
lst = [1, 2, 3]
r = reversed(lst)
print(next(r))
lst.pop()
lst.pop()
print(next(r, "gone"), list(r))
for call in [lambda: reversed(), lambda: reversed(1), lambda: reversed(set()), lambda: reversed(iter([])),
             lambda: reversed([], 1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(list(enumerate("abc")), list(enumerate([10, 20], 5)), list(enumerate([1], start=-3)), list(enumerate(iterable=[7])))
print(list(enumerate("xy", 2 ** 62 - 1)), list(enumerate([0], 2 ** 80)))
for i, (a, b) in enumerate(zip("ab", [1, 2])):
    print(i, a, b)
for call in [lambda: enumerate(), lambda: enumerate(1), lambda: enumerate([], "a"), lambda: enumerate([], 1, 2),
             lambda: enumerate(x=1), lambda: enumerate([], start=1.5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3))), list(zip([1], [2], [3], strict=True)))
for args in [([1], [2, 3]), ([1, 2], [2]), ([1, 2], [2, 3], [4]), ([1], [2], [4, 5])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
z = zip([1, 2, 3], [4])
print(next(z), next(z, "end"))
for call in [lambda: zip(1), lambda: zip([], x=1), lambda: zip([], strict=True, x=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], (4, 5))), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda v: v % 2, range(10))), list(filter(bool, [0, 2])))
for call in [lambda: map(), lambda: map(len), lambda: map(len, 1), lambda: map(len, [], x=1), lambda: filter(1),
             lambda: filter(None, 1), lambda: list(map(1, [1])), lambda: list(filter(1, [1]))]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(any([]), all([]), any([0, "", 3]), all([1, "a", 0]), any(iter([None, 1])), all(range(1, 5)), any("ab"))
for call in [lambda: any(), lambda: any(1), lambda: all(1, 2), lambda: any(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)), calls)
stack = [1, 2, 3, None, 5]
print(list(iter(stack.pop, 2)), stack)
ci = iter(counter, 100)
print(next(ci), iter(ci) is ci)
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
for call in [lambda: iter(1, 2), lambda: iter(), lambda: iter(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
m = map(lambda v: v * 2, [1, 2])
print(next(m), list(m), list(m))
print(dict(zip("abc", range(3))), dict(enumerate("xy")), sum(map(len, ["ab", "c"])), max(zip([1, 2], [0, 9])))
