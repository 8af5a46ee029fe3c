print("first starts")
from second import B

A = 1
