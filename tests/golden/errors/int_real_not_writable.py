# int's numeric attributes are read-only.
n = 10
print(n.real, n.denominator)
n.real = 3
