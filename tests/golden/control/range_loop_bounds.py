# for-loops over ranges, including values at and past the 63-bit immediate boundary.
t = 0
for i in range(10):
    t += i
print(t)
for i in range(2**62 - 3, 2**62 + 2):
    print(i)
for i in range(5, -6, -3):
    print(i, end=" ")
print()
for i in range(-2**62 - 1, -2**62 + 2):
    print(i)
r = range(3)
it = iter(r)
print(next(it), list(it), list(r))
for i in range(0):
    print("never")
else:
    print("empty ok")
