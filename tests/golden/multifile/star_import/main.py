# `from m import *`: __all__ when the module has one, else every public name.
from shapes import *
from colors import *
from pkg import *
from math import *

print(UNIT, area(Circle(2)), _listed_private())
for name in ("helper_not_listed", "_internal"):
    try:
        eval_result = globals()[name]
    except KeyError:
        print(name, "not imported")
print(RED, GREEN, palette, describe())
print(tool(), VERSION)
print(floor(3.7), ceil(3.2), gcd(12, 18))

# Names bound by a star import are ordinary globals: rebinding them here does not change
# the module they came from.
RED = "crimson"
import colors
print(RED, colors.RED)


def uses_star_names():
    return f"{GREEN}/{UNIT}/{tool()}"


print(uses_star_names())

# A later star import rebinds names.
palette = "mine"
from colors import *
print(palette)

print(sorted(n for n in globals() if not n.startswith("__"))[:8])
