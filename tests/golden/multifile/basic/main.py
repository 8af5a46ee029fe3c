import counter
import counter as c2
from counter import bump, LIMIT as limit
import shapes_helper

print("main starts", __name__)
print(counter.__name__, c2 is counter, limit)
print(bump(), bump(), counter.count)
counter.count = 40
print(bump(), counter.get())
print(counter.describe())
print(shapes_helper.area(3, 4), shapes_helper.counter is counter)
print(sorted([n for n in dir(counter) if not n.startswith("__")]))
print(counter.__package__ == "", counter.__doc__ is None or isinstance(counter.__doc__, str))
print(type(counter).__name__)
if __name__ == "__main__":
    print("run as a script")
