# A call with a missing argument ends the program with a TypeError.
def area(width, height):
    return width * height

def report(shapes):
    for dims in shapes:
        print(dims, "->", area(*dims))

report([(2, 3), (4, 5)])
try:
    report([(1,)])
except TypeError as e:
    print("caught:", e)
try:
    area(1, 2, 3)
except TypeError as e:
    print("caught:", e)
try:
    area(1, height=2, depth=3)
except TypeError as e:
    print("caught:", e)
print("calling with one argument")
print(area(7))
print("never printed")
