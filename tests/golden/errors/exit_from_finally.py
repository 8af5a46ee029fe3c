# sys.exit inside finally replaces an in-flight exception; except Exception does not catch it.
import sys

def shutdown(code):
    try:
        raise ValueError("pending")
    finally:
        print("finally calling exit", code)
        print("goodbye from stderr", file=sys.stderr)
        sys.exit(code)

try:
    shutdown(4)
except Exception as e:
    print("not reached", e)
except SystemExit as e:
    print("SystemExit caught with args", e.args)
try:
    shutdown(5)
except Exception:
    print("Exception does not catch SystemExit")
finally:
    print("outer finally runs")
print("unreachable")
