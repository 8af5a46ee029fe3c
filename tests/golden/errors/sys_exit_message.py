# sys.exit("message") prints the message to stderr and exits with status 1.
import sys

def load(name):
    print("loading", name)
    if name == "broken":
        sys.exit("fatal: cannot load " + name)
    return len(name)

total = 0
for name in ["alpha", "beta"]:
    total += load(name)
print("loaded", total, "bytes")
print("diagnostic line", file=sys.stderr)
try:
    load("broken")
except SystemExit as e:
    print("intercepted:", e, e.args)
print("continuing")
load("gamma")
load("broken")
print("never printed")
