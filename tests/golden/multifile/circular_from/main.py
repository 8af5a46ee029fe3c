import os

HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import first
except ImportError as e:
    print("ImportError:", str(e).replace(HERE, "<dir>"))
import sys

print("first in sys.modules:", "first" in sys.modules)
print("second in sys.modules:", "second" in sys.modules)
import second

print("second imported on its own:", second.B)
