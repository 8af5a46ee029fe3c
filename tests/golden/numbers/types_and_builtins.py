# the new types are builtins: type(), isinstance, issubclass, repr of the classes
print(bytes, bytearray, complex, memoryview)
print(type(b"x") is bytes, type(bytearray()) is bytearray, type(2j) is complex, type(memoryview(b"")) is memoryview)
print(isinstance(b"", (str, bytes)), isinstance(bytearray(), (bytes, list)), isinstance(1j, (int, float, complex)))
print(issubclass(bytes, object), issubclass(bytearray, bytes), issubclass(complex, float), issubclass(bool, int))
print(bytes.__name__, complex.__name__, bytearray.__qualname__, type(1j).__name__)
print(callable(bytes), callable(complex), bytes() == b"", complex() == 0)
names = [bytes, bytearray, complex, memoryview, int, float]
print([t.__name__ for t in names])
print(list(map(type, [b"", 1j, 1, 1.0, "s"])))
print(UnicodeError.__name__, issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeEncodeError, ValueError))
print(issubclass(UnicodeError, ValueError), issubclass(LookupError, Exception))
try:
    raise UnicodeError("plain")
except ValueError as e:
    print(type(e).__name__, e)
