import math


def area(r):
    return math.sqrt(r)


print(area(4))
print(area(-4))
