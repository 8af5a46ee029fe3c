# globals() is the module's live namespace: writes through it are seen by global reads.

counter = 0
ns = globals()
print(type(ns).__name__, ns is globals(), ns["counter"])

ns["created"] = "made through globals()"
print(created)

def bump():
    global counter
    counter += 1
    return counter

bump()
bump()
print(ns["counter"], counter)

def read_later():
    return late_name

globals()["late_name"] = [1, 2]
print(read_later())

def write_from_function(name, value):
    globals()[name] = value

write_from_function("dynamic", 99)
print(dynamic)

del ns["dynamic"]
try:
    print(dynamic)
except NameError as e:
    print(type(e).__name__, e)
try:
    del dynamic
except NameError as e:
    print(type(e).__name__, e)

print("counter" in ns, "nothing" in ns, ns.get("nothing", "default"))
print(ns["__name__"], __name__)
names = [k for k in ns if not k.startswith("__")]
print(names)

# Builtins are not in globals(), but shadowing one through it works.
print("len" in ns)
ns["len"] = lambda x: "shadowed"
print(len([1, 2, 3]))
del ns["len"]
print(len([1, 2, 3]))

# A class body reads globals through the namespace too.
ns["base_value"] = 10
class Holder:
    value = base_value * 2
print(Holder.value)

# locals() and vars() at module level are globals().
print(locals() is ns, vars() is ns)
