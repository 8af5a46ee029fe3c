# The built-in exception hierarchy: each class's MRO, the OSError family and its aliases,
# the warning categories, raising and catching through base classes.
names = [
    "TimeoutError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "BlockingIOError", "ChildProcessError",
    "InterruptedError", "ProcessLookupError", "FileNotFoundError", "FileExistsError",
    "PermissionError", "NotADirectoryError", "IsADirectoryError", "BufferError",
    "FloatingPointError", "ZeroDivisionError", "OverflowError", "RecursionError",
    "NotImplementedError", "UnboundLocalError", "ModuleNotFoundError", "UnicodeError",
    "UnicodeDecodeError", "UnicodeEncodeError", "Warning", "UserWarning", "DeprecationWarning",
    "PendingDeprecationWarning", "SyntaxWarning", "RuntimeWarning", "FutureWarning",
    "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning",
    "GeneratorExit", "KeyboardInterrupt", "SystemExit",
]
classes = [
    TimeoutError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
    ConnectionRefusedError, ConnectionResetError, BlockingIOError, ChildProcessError,
    InterruptedError, ProcessLookupError, FileNotFoundError, FileExistsError,
    PermissionError, NotADirectoryError, IsADirectoryError, BufferError,
    FloatingPointError, ZeroDivisionError, OverflowError, RecursionError,
    NotImplementedError, UnboundLocalError, ModuleNotFoundError, UnicodeError,
    UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning, DeprecationWarning,
    PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning,
    ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
    GeneratorExit, KeyboardInterrupt, SystemExit,
]
for name, cls in zip(names, classes, strict=True):
    print(name, cls.__name__ == name, [c.__name__ for c in cls.__mro__])
print(EnvironmentError is OSError, IOError is OSError)
for exc in [TimeoutError("slow"), BrokenPipeError("pipe"), ConnectionResetError("reset")]:
    try:
        raise exc
    except ConnectionError as e:
        print("ConnectionError caught", type(e).__name__, e)
    except OSError as e:
        print("OSError caught", type(e).__name__, e)
try:
    raise DeprecationWarning("old api")
except Warning as w:
    print(type(w).__name__, w.args, isinstance(w, Exception))
print(issubclass(TimeoutError, OSError), issubclass(FloatingPointError, ArithmeticError))
print(issubclass(BufferError, Exception), issubclass(ResourceWarning, Warning))
