# where imports bind their names: module globals, function locals, closures
import math


def local_import():
    import random
    from math import sqrt as root
    return type(random).__name__, root(49)


print(local_import())
try:
    random
except NameError as e:
    print(type(e).__name__, e)


def uses_global():
    return math.floor(3.7)


print(uses_global())


def shadow():
    math = "not a module"
    return math


print(shadow(), math.ceil(0.2))


def make():
    import time as clock

    def elapsed_ok():
        return clock.perf_counter() >= 0

    return elapsed_ok


print(make()())


def set_global():
    global os
    import os


set_global()
print(os.sep)
for name in ["a", "b"]:
    import os.path
    print(name, os.path.join(name, "x"))
del math
try:
    math.pi
except NameError as e:
    print(type(e).__name__, e)
import math
print(math.pi)
import sys as system, math as m2
print(system.maxsize > 0, m2 is math)
