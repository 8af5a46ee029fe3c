RED = "red"
GREEN = "green"
_internal = "private"
palette = [RED, GREEN]


def describe():
    return f"{len(palette)} colours"
