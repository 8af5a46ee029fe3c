# Slicing lists, tuples, str and range; slice assignment and deletion; slice objects.
a = list(range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[:-3], a[5:2], a[5:2:-1], a[100:], a[-100:2], a[::-3])
print("hello"[1:4], "héllo wörld"[::-1], "abc"[::2], (1, 2, 3)[1:], (1, 2, 3)[::-1])
print(range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[1:4], range(5)[10:])
b = list(range(6))
b[1:3] = ["x", "y", "z"]
print(b)
b[::2] = [0, 0, 0, 0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
try:
    a[::0]
except ValueError as e:
    print(e)
try:
    a["x":]
except TypeError as e:
    print(e)
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, a[s], slice(3))
print(a[2**80:], a[-2**80:3])
c = [1, 2, 3]
c[len(c):] = [4, 5]
c[:0] = [0]
print(c)
