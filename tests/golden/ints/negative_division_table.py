# Floor division and modulo sign rules over a grid of values, big and small.
vals = [7, -7, 1, -1, 13, -13, 2 ** 64 + 3, -(2 ** 64 + 3)]
divs = [2, -2, 3, -3, 2 ** 64, -(2 ** 64), 7]
for a in vals:
    row = ""
    for d in divs:
        q, r = a // d, a % d
        assert q * d + r == a, (a, d)
        assert r == 0 or (r > 0) == (d > 0), (a, d)
        row += f" {q},{r}"
    print(a, row)
for a in [-1, -2 ** 63, 2 ** 63 - 1, -(2 ** 63) - 1]:
    print(a // -1, a % -1, divmod(a, -1), -a, abs(a))
print(-9 // 4, -9 % 4, 9 // -4, 9 % -4, -9 // -4, -9 % -4)
x = -17
x //= 5
y = -17
y %= 5
z = 17
z %= -5
print(x, y, z)
acc = 1
for i in range(1, 30):
    acc = acc * -3 // 2 + i
print(acc)
m = 0
for i in range(-20, 21):
    m += i % 7 - (-i) % 7
print(m)
try:
    5 // 0
except ZeroDivisionError as e:
    print(e)
try:
    (2 ** 100) % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(-3, 0)
except ZeroDivisionError as e:
    print(e)
