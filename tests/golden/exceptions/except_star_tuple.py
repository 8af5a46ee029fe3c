# except* with a tuple of types.

g = ExceptionGroup("mixed", [ValueError(1), TypeError(2), KeyError(3), OSError(4), ZeroDivisionError(5)])
try:
    raise g
except* (ValueError, TypeError) as e:
    print("value/type:", repr(e))
except* (KeyError, ArithmeticError) as e:
    print("key/arith:", repr(e))
except* (OSError,) as e:
    print("os:", repr(e))

types = (IndexError, UnicodeError)
try:
    raise ExceptionGroup("from a name", [IndexError(0), UnicodeError("u"), ValueError("v")])
except* types as e:
    print("via name:", repr(e))
except* ValueError as e:
    print("rest:", repr(e))

# Every item of the tuple must be an exception class.
try:
    try:
        raise ExceptionGroup("nest", [KeyError(1)])
    except* ((KeyError,), ValueError) as e:
        print("nested tuple:", repr(e))
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
