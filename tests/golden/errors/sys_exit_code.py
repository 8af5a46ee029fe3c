# sys.exit(n) stops the program with exit status n after running finally blocks.
import sys

def check(n):
    if n > 3:
        print("limit exceeded at", n)
        sys.exit(3)
    return n * n

try:
    sys.exit(9)
except SystemExit as e:
    print("intercepted SystemExit with code", e.args[0])
try:
    check(4)
except Exception:
    print("SystemExit is not an Exception")
except SystemExit as e:
    print("caught exit", e.args)
for i in range(10):
    try:
        print(i, check(i))
    finally:
        print("finally for", i)
print("never printed")
