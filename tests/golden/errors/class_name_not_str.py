# A class's __name__ must be a str.
class Shape:
    pass


Shape.__name__ = "Polygon"
print(Shape.__name__, Shape)
Shape.__name__ = 42
