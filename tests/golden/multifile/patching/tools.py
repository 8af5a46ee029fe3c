def helper():
    return "original"


def use_helper():
    return "helper says " + helper()


def measure(xs):
    return len(xs)
