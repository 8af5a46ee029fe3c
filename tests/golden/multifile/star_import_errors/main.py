# Errors of `from m import *` are CPython's.
try:
    from wrong_all import *
except TypeError as e:
    print(type(e).__name__, e)
print(fine)

try:
    from missing_name import *
except AttributeError as e:
    print(type(e).__name__, e)
print(present)

from tuple_all import *
print(first)
try:
    second
except NameError as e:
    print(e)

try:
    from no_such_module_here import *
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
