# pow with two and three arguments, divmod and abs on ints.
print(pow(2, 10), pow(-2, 3), pow(-2, 4), pow(2, 0), pow(0, 0))
print(pow(2, -1), pow(4, -2), pow(-2, -3))
print(pow(3, 200, 1000000007), pow(2, 10, 1000), pow(7, 0, 5), pow(7, 0, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 1000000007), pow(5, -2, 13))
print(pow(10 ** 30, 10 ** 30, 97))
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5)]:
    try:
        print(pow(args[0], args[1], args[2]))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(pow(0, -1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(pow(2, 0.5, 3))
except TypeError as e:
    print("TypeError:", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 3), divmod(2 ** 65 + 3, 2 ** 32))
q, r = divmod(-(10 ** 25), 7)
print(q, r, q * 7 + r)
print(abs(0), abs(-0), abs(-7), abs(7), abs(-(2 ** 63)), abs(-(10 ** 50)))
print(abs(True), abs(False), abs(-True))
print(type(divmod(7, 2)).__name__, type(pow(2, -1)).__name__, type(pow(2, 5)).__name__)
try:
    print(abs("x"))
except TypeError as e:
    print(e)
