# ImportError for a missing name names the module's file under CPython; ophis's built-in
# modules have none, so it always says "(unknown location)" (CPython does too for `sys`).
try:
    from math import no_such_name
except ImportError as e:
    print(e)
# CPython: cannot import name 'no_such_name' from 'math' (/…/lib-dynload/math.cpython-312-….so)
# ophis:   cannot import name 'no_such_name' from 'math' (unknown location)
