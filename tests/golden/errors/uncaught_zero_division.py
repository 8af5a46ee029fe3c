# Integer division by zero escapes through finally blocks.
def ratio(a, b):
    try:
        return a // b
    finally:
        print("ratio", a, b, "done")

def table(pairs):
    for a, b in pairs:
        print(a, "//", b, "=", ratio(a, b))

table([(10, 3), (-10, 3), (2 ** 70, 2 ** 35)])
for d in [5, 0.0]:
    try:
        print(7 / d)
    except ZeroDivisionError as e:
        print("caught:", e)
try:
    table([(1, 1), (1, 0)])
except ArithmeticError as e:
    print("caught as ArithmeticError:", e)
print("last attempt")
table([(9, 9), (5, 0), (1, 1)])
print("never printed")
