# An exception raised inside an except block replaces the original one.
def fetch(d, key):
    try:
        return d[key]
    except KeyError:
        print("key", repr(key), "missing, converting")
        raise LookupError("no entry for " + str(key))

config = {"depth": 3}
print(fetch(config, "depth"))
try:
    fetch(config, "width")
except LookupError as e:
    print("caught:", type(e).__name__, e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("not a number")
except ValueError as e:
    print("caught:", e)
print("final attempt")
try:
    fetch(config, "height")
finally:
    print("cleanup ran")
print("never printed")
