# Floor division and modulo with every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (6, -3), (-6, -3),
         (0, 5), (0, -5), (1, 10), (-1, 10), (1, -10), (-1, -10), (5, 1), (-5, 1)]
for p in pairs:
    a, b = p
    q = a // b
    r = a % b
    print(a, b, "->", q, r, divmod(a, b), q * b + r == a)

big = 10 ** 20 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3)]:
    print(a // b, a % b)

for a, b in [(big, big - 1), (-big, big - 1), (7, big), (-7, big), (7, -big)]:
    print(a // b, a % b)

m = -(2 ** 63)
print(m // -1, m % -1)
print(m // 2, m % 2, m // 3, m % 3)
print((2 ** 64) // -7, (2 ** 64) % -7)

for d in [2, -2]:
    n = -9
    n //= d
    print(n, end=" ")
    n = -9
    n %= d
    print(n)

for thing in [(1, 0), (-1, 0), (0, 0), (big, 0)]:
    a, b = thing
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("floordiv:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("mod:", e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("divmod:", e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("truediv:", e)
