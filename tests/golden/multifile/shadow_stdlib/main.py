# The program's own functools.py is imported instead of the standard library's, while
# itertools-style built-in names and other stdlib modules are unaffected.
import functools
from functools import reduce
import math

print(reduce(None, []))
print(hasattr(functools, "lru_cache"), functools.__name__, math.floor(2.5))
