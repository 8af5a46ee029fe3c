# Assigning an attribute a slotted class does not declare is an uncaught AttributeError.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scale(self, k):
        self.factor = k
        return Vector(self.x * k, self.y * k)


v = Vector(1, 2)
print(v.x, v.y)
print("scaling")
v.scale(3)
print("unreachable")
