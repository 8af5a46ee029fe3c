"""Shapes with an explicit public list."""
__all__ = ["Circle", "area", "UNIT", "_listed_private"]

UNIT = "cm"


class Circle:
    def __init__(self, r):
        self.r = r


def area(c):
    return 3 * c.r * c.r


def _listed_private():
    return "listed despite the underscore"


def helper_not_listed():
    return "hidden by __all__"
