# Raising an exception class with no message prints just the class name.
def validate(x):
    if not isinstance(x, int):
        raise TypeError
    if x < 0:
        raise ValueError("")
    return x

print(validate(5))
for bad in ["s", -1, 2.5]:
    try:
        validate(bad)
    except TypeError as e:
        print("TypeError", repr(e), repr(str(e)))
    except ValueError as e:
        print("ValueError", repr(e), repr(str(e)), e.args)
print("raising the class itself")
validate(None)
print("never printed")
