import shapes
import shapes.solids.cube
import shapes.flat as flat
from shapes.solids import sphere
from shapes import flat as flat2

print(shapes.__name__, shapes.__package__)
print(shapes.solids.cube.__name__, shapes.solids.cube.__package__)
print(flat is flat2, flat.__name__)
print(flat.square(3), shapes.solids.cube.volume(2), round(sphere.volume(1), 3))
print(shapes.describe())
print(shapes.solids.__name__, hasattr(shapes, "flat"), hasattr(shapes.solids, "cube"))
print(sorted([k for k in dir(shapes) if not k.startswith("_")]))
print(shapes.__path__[0].endswith("shapes"))
