# an uncaught ZeroDivisionError from complex division
z = 1 + 1j
print(z / 2)
print(z / (z - z))
