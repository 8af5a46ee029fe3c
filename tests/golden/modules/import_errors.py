# import errors raised at run time, as CPython raises them
try:
    import nonexistent_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import nonexistent_pkg_abc.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    import math.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    import os.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import argv, nothing_here
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from nonexistent_module_abc import x
except ImportError as e:
    print(type(e).__name__, e)
# an optional dependency, as programs test for one
try:
    import some_optional_accelerator
    fast = True
except ImportError:
    fast = False
print("fast" if fast else "slow")
import math
try:
    math.no_such_function
except AttributeError as e:
    print(type(e).__name__, e)
