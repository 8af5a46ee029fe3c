# A KeyError from a dict lookup is reported with the repr of the key.
inventory = {"apple": 3, "pear": 0}
for name in ["apple", "pear"]:
    print(name, inventory[name])
inventory["plum"] = 7
print(inventory)
try:
    print(inventory["kiwi"])
except KeyError as e:
    print("missing:", e)
del inventory["pear"]
print(len(inventory), "pear" in inventory)

def lookup(d, key):
    print("looking up", repr(key))
    return d[key]

print(lookup(inventory, "plum"))
print(lookup(inventory, "it's gone"))
print("never printed")
