import math

print("shapes.solids.sphere runs")


def volume(r):
    return 4 / 3 * math.pi * r ** 3
