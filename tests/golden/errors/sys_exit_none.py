# sys.exit() with no argument (or None) exits with status 0 and skips the rest.
import sys

def work(n):
    print("working on", n)
    if n == 2:
        print("done early")
        sys.exit()
    return n

try:
    sys.exit(None)
except SystemExit as e:
    print("args of sys.exit(None):", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("args of sys.exit():", e.args)
try:
    for i in range(5):
        work(i)
finally:
    print("finally still runs")
print("never printed")
