print("shapes.solids.cube runs")


def volume(n):
    return n ** 3
