# An uncaught TypeError from a namedtuple's generated __new__.
from collections import namedtuple

Point = namedtuple("Point", "x y z")
print(Point(1, 2, 3))
Point(1, z=3)
