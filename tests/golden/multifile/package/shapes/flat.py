print("shapes.flat runs")


def square(n):
    return n * n
