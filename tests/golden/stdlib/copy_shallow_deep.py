# copy.copy and copy.deepcopy of built-in containers: sharing, identity, cycles.
import copy

a = [[1, 2], [3, 4]]
b = copy.copy(a)
c = copy.deepcopy(a)
b[0].append(99)
c[1].append(77)
print(a, b, c, a is b, a[0] is b[0], a[0] is c[0])

d = {"k": [1], "t": (1, [2])}
d2 = copy.deepcopy(d)
d2["t"][1].append(3)
print(d, d2, copy.copy(d) == d, copy.copy(d) is d)

t = (1, 2, (3, "x"))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for x in (5, 2.5, "s", b"b", None, True, 3j, range(3), frozenset({1}), len, print):
    print(type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)
fs = frozenset([(1, 2)])
print(copy.deepcopy(fs) == fs)
ba = bytearray(b"xy")
ba2 = copy.copy(ba)
ba2.append(0x7a)
print(ba, ba2, copy.deepcopy(ba) == ba)

# Shared references stay shared; cycles survive.
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, cc)
dcyc = {}
dcyc["self"] = dcyc
dc = copy.deepcopy(dcyc)
print(dc["self"] is dc)

memo = {}
x = [1, [2]]
y = copy.deepcopy(x, memo)
print(id(x) in memo, memo[id(x)] is y)
print(copy.Error.__name__, copy.error is copy.Error, issubclass(copy.Error, Exception))
