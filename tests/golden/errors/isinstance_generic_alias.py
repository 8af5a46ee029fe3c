# isinstance() refuses a parameterized generic.
values = [1, 2, 3]
print(isinstance(values, list), isinstance(values, list | tuple))
print(isinstance(values, list[int]))
